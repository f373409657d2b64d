<!DOCTYPE qgis PUBLIC 'http://mrcc.com/qgis.dtd' 'SYSTEM'>
<qgis version="3.22.16-Białowieża" maxScale="0" simplifyAlgorithm="0" symbologyReferenceScale="-1" styleCategories="Symbology|Labeling|Fields|MapTips|Rendering" simplifyMaxScale="1" simplifyDrawingHints="1" simplifyDrawingTol="1" minScale="100000000" labelsEnabled="1" hasScaleBasedVisibilityFlag="0" simplifyLocal="1">
  <renderer-v2 toleranceUnit="MM" enableorderby="1" symbollevels="0" tolerance="8" toleranceUnitScale="3x:0,0,0,0,0,0" forceraster="0" referencescale="-1" type="pointCluster">
    <renderer-v2 enableorderby="0" symbollevels="0" forceraster="0" referencescale="-1" type="RuleRenderer">
      <rules key="{4ac2ece6-6da8-4a8d-8b1c-1af6726b8135}">
        <rule key="{5adb9ad8-c2e1-49b1-8c96-3c7fcd554135}" description="street scale: shape = stage, colour = deadline light" scalemaxdenom="25000" label="Pins (street scale)">
          <rule filter="&quot;state&quot; IN ('reported', 'verifying', 'adjudicating')" key="{8d1accbc-ded1-461e-9de2-b0159d390bb9}" description="受理 (登记/核实/值班长)" scalemaxdenom="25000" label="Awaiting acceptance">
            <rule filter="&quot;light&quot; = 'red'" key="{79737653-3044-45ee-b458-f266174b7c71}" description="超期" scalemaxdenom="25000" symbol="0" label="Overdue"/>
            <rule filter="&quot;light&quot; = 'yellow'" key="{0bc0ff28-07d8-4bf6-b14d-0a044ffb1b07}" description="将到期 (>80%)" scalemaxdenom="25000" symbol="1" label="Due soon"/>
            <rule filter="ELSE" key="{8e927f39-d312-4320-8625-2db4de858493}" description="正常" scalemaxdenom="25000" symbol="2" label="On time"/>
          </rule>
          <rule filter="&quot;state&quot; IN ('filed')" key="{a51025ea-3332-41c9-9b50-e030b678a3c3}" description="待派遣" scalemaxdenom="25000" label="Awaiting dispatch">
            <rule filter="&quot;light&quot; = 'red'" key="{3235e590-42e6-482d-8ae2-67f439a72c1c}" description="超期" scalemaxdenom="25000" symbol="3" label="Overdue"/>
            <rule filter="&quot;light&quot; = 'yellow'" key="{07668c57-f88b-4cab-a663-d0444be68f12}" description="将到期 (>80%)" scalemaxdenom="25000" symbol="4" label="Due soon"/>
            <rule filter="ELSE" key="{3360590a-a324-46e3-9c98-bc9d3f0bea55}" description="正常" scalemaxdenom="25000" symbol="5" label="On time"/>
          </rule>
          <rule filter="&quot;state&quot; IN ('dispatched', 'handled')" key="{26bfba6a-dcb3-4848-9206-1a4e10ed4821}" description="处置/处置反馈" scalemaxdenom="25000" label="With a department">
            <rule filter="&quot;light&quot; = 'red'" key="{aaa6d59a-22ac-4e94-a001-f60f84bebf82}" description="超期" scalemaxdenom="25000" symbol="6" label="Overdue"/>
            <rule filter="&quot;light&quot; = 'yellow'" key="{190c6e73-5450-4b55-a1f8-6c9dad8ea11c}" description="将到期 (>80%)" scalemaxdenom="25000" symbol="7" label="Due soon"/>
            <rule filter="ELSE" key="{b21434c2-7f6b-4fce-941f-238823b28143}" description="正常" scalemaxdenom="25000" symbol="8" label="On time"/>
          </rule>
          <rule filter="&quot;state&quot; IN ('checking')" key="{6b526210-6e07-4924-afc3-95841c2b7cef}" description="核查" scalemaxdenom="25000" label="Under inspection">
            <rule filter="&quot;light&quot; = 'red'" key="{b935532f-2355-4cf7-84b4-2ce0625abd66}" description="超期" scalemaxdenom="25000" symbol="9" label="Overdue"/>
            <rule filter="&quot;light&quot; = 'yellow'" key="{7d967824-7f1c-44e0-add0-761d3e3563e0}" description="将到期 (>80%)" scalemaxdenom="25000" symbol="10" label="Due soon"/>
            <rule filter="ELSE" key="{829b6031-42a2-4c41-ac6b-e467c5bc0739}" description="正常" scalemaxdenom="25000" symbol="11" label="On time"/>
          </rule>
          <rule filter="&quot;state&quot; = 'suspended'" key="{78713d4f-76d8-496e-9928-175776a2408c}" description="挂账" scalemaxdenom="25000" symbol="12" label="Suspended"/>
          <rule filter="&quot;state&quot; IN ('closed', 'rejected', 'cancelled')" key="{f995bda8-838a-4265-ae90-aa00a227e598}" description="已结案/不受理/作废" scalemaxdenom="25000" symbol="13" label="Closed, rejected or cancelled"/>
        </rule>
        <rule scalemindenom="25000" key="{9105a1a1-02f9-4ac1-8165-b5641e632d9e}" description="city scale: overdue red, others blue" label="Dots and clusters (city scale)">
          <rule filter="&quot;light&quot; = 'red'" scalemindenom="25000" key="{71457ff7-f1f0-48f7-950e-6d7d8ac5618a}" description="超期" symbol="14" label="Overdue"/>
          <rule filter="&quot;state&quot; IN ('closed', 'rejected', 'cancelled')" scalemindenom="25000" key="{fe8f2fc4-1ea0-4711-bbb0-acd2052e7c50}" description="已结案/不受理/作废" symbol="15" label="Closed, rejected or cancelled"/>
          <rule filter="ELSE" scalemindenom="25000" key="{c0a1e5d1-6efd-4e6e-9722-ea7dd160c341}" description="未超期" symbol="16" label="Open, not overdue"/>
        </rule>
      </rules>
      <symbols>
        <symbol alpha="1" force_rhr="0" name="0" clip_to_extent="1" type="marker">
          <data_defined_properties>
            <Option type="Map">
              <Option name="name" value="" type="QString"/>
              <Option name="properties"/>
              <Option name="type" value="collection" type="QString"/>
            </Option>
          </data_defined_properties>
          <layer locked="0" enabled="1" pass="0" class="SimpleMarker">
            <Option type="Map">
              <Option name="angle" value="0" type="QString"/>
              <Option name="cap_style" value="square" type="QString"/>
              <Option name="color" value="224,32,42,255" type="QString"/>
              <Option name="horizontal_anchor_point" value="1" type="QString"/>
              <Option name="joinstyle" value="bevel" type="QString"/>
              <Option name="name" value="circle" type="QString"/>
              <Option name="offset" value="0,0" type="QString"/>
              <Option name="offset_map_unit_scale" value="3x:0,0,0,0,0,0" type="QString"/>
              <Option name="offset_unit" value="MM" type="QString"/>
              <Option name="outline_color" value="255,255,255,255" type="QString"/>
              <Option name="outline_style" value="solid" type="QString"/>
              <Option name="outline_width" value="0.6" type="QString"/>
              <Option name="outline_width_map_unit_scale" value="3x:0,0,0,0,0,0" type="QString"/>
              <Option name="outline_width_unit" value="MM" type="QString"/>
              <Option name="scale_method" value="diameter" type="QString"/>
              <Option name="size" value="4.8" type="QString"/>
              <Option name="size_map_unit_scale" value="3x:0,0,0,0,0,0" type="QString"/>
              <Option name="size_unit" value="MM" type="QString"/>
              <Option name="vertical_anchor_point" value="1" type="QString"/>
            </Option>
            <prop v="0" k="angle"/>
            <prop v="square" k="cap_style"/>
            <prop v="224,32,42,255" k="color"/>
            <prop v="1" k="horizontal_anchor_point"/>
            <prop v="bevel" k="joinstyle"/>
            <prop v="circle" k="name"/>
            <prop v="0,0" k="offset"/>
            <prop v="3x:0,0,0,0,0,0" k="offset_map_unit_scale"/>
            <prop v="MM" k="offset_unit"/>
            <prop v="255,255,255,255" k="outline_color"/>
            <prop v="solid" k="outline_style"/>
            <prop v="0.6" k="outline_width"/>
            <prop v="3x:0,0,0,0,0,0" k="outline_width_map_unit_scale"/>
            <prop v="MM" k="outline_width_unit"/>
            <prop v="diameter" k="scale_method"/>
            <prop v="4.8" k="size"/>
            <prop v="3x:0,0,0,0,0,0" k="size_map_unit_scale"/>
            <prop v="MM" k="size_unit"/>
            <prop v="1" k="vertical_anchor_point"/>
            <data_defined_properties>
              <Option type="Map">
                <Option name="name" value="" type="QString"/>
                <Option name="properties"/>
                <Option name="type" value="collection" type="QString"/>
              </Option>
            </data_defined_properties>
          </layer>
        </symbol>
        <symbol alpha="1" force_rhr="0" name="1" clip_to_extent="1" type="marker">
          <data_defined_properties>
            <Option type="Map">
              <Option name="name" value="" type="QString"/>
              <Option name="properties"/>
              <Option name="type" value="collection" type="QString"/>
            </Option>
          </data_defined_properties>
          <layer locked="0" enabled="1" pass="0" class="SimpleMarker">
            <Option type="Map">
              <Option name="angle" value="0" type="QString"/>
              <Option name="cap_style" value="square" type="QString"/>
              <Option name="color" value="242,169,0,255" type="QString"/>
              <Option name="horizontal_anchor_point" value="1" type="QString"/>
              <Option name="joinstyle" value="bevel" type="QString"/>
              <Option name="name" value="circle" type="QString"/>
              <Option name="offset" value="0,0" type="QString"/>
              <Option name="offset_map_unit_scale" value="3x:0,0,0,0,0,0" type="QString"/>
              <Option name="offset_unit" value="MM" type="QString"/>
              <Option name="outline_color" value="255,255,255,255" type="QString"/>
              <Option name="outline_style" value="solid" type="QString"/>
              <Option name="outline_width" value="0.5" type="QString"/>
              <Option name="outline_width_map_unit_scale" value="3x:0,0,0,0,0,0" type="QString"/>
              <Option name="outline_width_unit" value="MM" type="QString"/>
              <Option name="scale_method" value="diameter" type="QString"/>
              <Option name="size" value="4.2" type="QString"/>
              <Option name="size_map_unit_scale" value="3x:0,0,0,0,0,0" type="QString"/>
              <Option name="size_unit" value="MM" type="QString"/>
              <Option name="vertical_anchor_point" value="1" type="QString"/>
            </Option>
            <prop v="0" k="angle"/>
            <prop v="square" k="cap_style"/>
            <prop v="242,169,0,255" k="color"/>
            <prop v="1" k="horizontal_anchor_point"/>
            <prop v="bevel" k="joinstyle"/>
            <prop v="circle" k="name"/>
            <prop v="0,0" k="offset"/>
            <prop v="3x:0,0,0,0,0,0" k="offset_map_unit_scale"/>
            <prop v="MM" k="offset_unit"/>
            <prop v="255,255,255,255" k="outline_color"/>
            <prop v="solid" k="outline_style"/>
            <prop v="0.5" k="outline_width"/>
            <prop v="3x:0,0,0,0,0,0" k="outline_width_map_unit_scale"/>
            <prop v="MM" k="outline_width_unit"/>
            <prop v="diameter" k="scale_method"/>
            <prop v="4.2" k="size"/>
            <prop v="3x:0,0,0,0,0,0" k="size_map_unit_scale"/>
            <prop v="MM" k="size_unit"/>
            <prop v="1" k="vertical_anchor_point"/>
            <data_defined_properties>
              <Option type="Map">
                <Option name="name" value="" type="QString"/>
                <Option name="properties"/>
                <Option name="type" value="collection" type="QString"/>
              </Option>
            </data_defined_properties>
          </layer>
        </symbol>
        <symbol alpha="1" force_rhr="0" name="10" clip_to_extent="1" type="marker">
          <data_defined_properties>
            <Option type="Map">
              <Option name="name" value="" type="QString"/>
              <Option name="properties"/>
              <Option name="type" value="collection" type="QString"/>
            </Option>
          </data_defined_properties>
          <layer locked="0" enabled="1" pass="0" class="SimpleMarker">
            <Option type="Map">
              <Option name="angle" value="0" type="QString"/>
              <Option name="cap_style" value="square" type="QString"/>
              <Option name="color" value="242,169,0,255" type="QString"/>
              <Option name="horizontal_anchor_point" value="1" type="QString"/>
              <Option name="joinstyle" value="bevel" type="QString"/>
              <Option name="name" value="triangle" type="QString"/>
              <Option name="offset" value="0,0" type="QString"/>
              <Option name="offset_map_unit_scale" value="3x:0,0,0,0,0,0" type="QString"/>
              <Option name="offset_unit" value="MM" type="QString"/>
              <Option name="outline_color" value="255,255,255,255" type="QString"/>
              <Option name="outline_style" value="solid" type="QString"/>
              <Option name="outline_width" value="0.5" type="QString"/>
              <Option name="outline_width_map_unit_scale" value="3x:0,0,0,0,0,0" type="QString"/>
              <Option name="outline_width_unit" value="MM" type="QString"/>
              <Option name="scale_method" value="diameter" type="QString"/>
              <Option name="size" value="4.6" type="QString"/>
              <Option name="size_map_unit_scale" value="3x:0,0,0,0,0,0" type="QString"/>
              <Option name="size_unit" value="MM" type="QString"/>
              <Option name="vertical_anchor_point" value="1" type="QString"/>
            </Option>
            <prop v="0" k="angle"/>
            <prop v="square" k="cap_style"/>
            <prop v="242,169,0,255" k="color"/>
            <prop v="1" k="horizontal_anchor_point"/>
            <prop v="bevel" k="joinstyle"/>
            <prop v="triangle" k="name"/>
            <prop v="0,0" k="offset"/>
            <prop v="3x:0,0,0,0,0,0" k="offset_map_unit_scale"/>
            <prop v="MM" k="offset_unit"/>
            <prop v="255,255,255,255" k="outline_color"/>
            <prop v="solid" k="outline_style"/>
            <prop v="0.5" k="outline_width"/>
            <prop v="3x:0,0,0,0,0,0" k="outline_width_map_unit_scale"/>
            <prop v="MM" k="outline_width_unit"/>
            <prop v="diameter" k="scale_method"/>
            <prop v="4.6" k="size"/>
            <prop v="3x:0,0,0,0,0,0" k="size_map_unit_scale"/>
            <prop v="MM" k="size_unit"/>
            <prop v="1" k="vertical_anchor_point"/>
            <data_defined_properties>
              <Option type="Map">
                <Option name="name" value="" type="QString"/>
                <Option name="properties"/>
                <Option name="type" value="collection" type="QString"/>
              </Option>
            </data_defined_properties>
          </layer>
        </symbol>
        <symbol alpha="1" force_rhr="0" name="11" clip_to_extent="1" type="marker">
          <data_defined_properties>
            <Option type="Map">
              <Option name="name" value="" type="QString"/>
              <Option name="properties"/>
              <Option name="type" value="collection" type="QString"/>
            </Option>
          </data_defined_properties>
          <layer locked="0" enabled="1" pass="0" class="SimpleMarker">
            <Option type="Map">
              <Option name="angle" value="0" type="QString"/>
              <Option name="cap_style" value="square" type="QString"/>
              <Option name="color" value="35,163,71,255" type="QString"/>
              <Option name="horizontal_anchor_point" value="1" type="QString"/>
              <Option name="joinstyle" value="bevel" type="QString"/>
              <Option name="name" value="triangle" type="QString"/>
              <Option name="offset" value="0,0" type="QString"/>
              <Option name="offset_map_unit_scale" value="3x:0,0,0,0,0,0" type="QString"/>
              <Option name="offset_unit" value="MM" type="QString"/>
              <Option name="outline_color" value="255,255,255,255" type="QString"/>
              <Option name="outline_style" value="solid" type="QString"/>
              <Option name="outline_width" value="0.5" type="QString"/>
              <Option name="outline_width_map_unit_scale" value="3x:0,0,0,0,0,0" type="QString"/>
              <Option name="outline_width_unit" value="MM" type="QString"/>
              <Option name="scale_method" value="diameter" type="QString"/>
              <Option name="size" value="4.6" type="QString"/>
              <Option name="size_map_unit_scale" value="3x:0,0,0,0,0,0" type="QString"/>
              <Option name="size_unit" value="MM" type="QString"/>
              <Option name="vertical_anchor_point" value="1" type="QString"/>
            </Option>
            <prop v="0" k="angle"/>
            <prop v="square" k="cap_style"/>
            <prop v="35,163,71,255" k="color"/>
            <prop v="1" k="horizontal_anchor_point"/>
            <prop v="bevel" k="joinstyle"/>
            <prop v="triangle" k="name"/>
            <prop v="0,0" k="offset"/>
            <prop v="3x:0,0,0,0,0,0" k="offset_map_unit_scale"/>
            <prop v="MM" k="offset_unit"/>
            <prop v="255,255,255,255" k="outline_color"/>
            <prop v="solid" k="outline_style"/>
            <prop v="0.5" k="outline_width"/>
            <prop v="3x:0,0,0,0,0,0" k="outline_width_map_unit_scale"/>
            <prop v="MM" k="outline_width_unit"/>
            <prop v="diameter" k="scale_method"/>
            <prop v="4.6" k="size"/>
            <prop v="3x:0,0,0,0,0,0" k="size_map_unit_scale"/>
            <prop v="MM" k="size_unit"/>
            <prop v="1" k="vertical_anchor_point"/>
            <data_defined_properties>
              <Option type="Map">
                <Option name="name" value="" type="QString"/>
                <Option name="properties"/>
                <Option name="type" value="collection" type="QString"/>
              </Option>
            </data_defined_properties>
          </layer>
        </symbol>
        <symbol alpha="1" force_rhr="0" name="12" clip_to_extent="1" type="marker">
          <data_defined_properties>
            <Option type="Map">
              <Option name="name" value="" type="QString"/>
              <Option name="properties"/>
              <Option name="type" value="collection" type="QString"/>
            </Option>
          </data_defined_properties>
          <layer locked="0" enabled="1" pass="0" class="SimpleMarker">
            <Option type="Map">
              <Option name="angle" value="0" type="QString"/>
              <Option name="cap_style" value="square" type="QString"/>
              <Option name="color" value="141,141,141,255" type="QString"/>
              <Option name="horizontal_anchor_point" value="1" type="QString"/>
              <Option name="joinstyle" value="bevel" type="QString"/>
              <Option name="name" value="circle" type="QString"/>
              <Option name="offset" value="0,0" type="QString"/>
              <Option name="offset_map_unit_scale" value="3x:0,0,0,0,0,0" type="QString"/>
              <Option name="offset_unit" value="MM" type="QString"/>
              <Option name="outline_color" value="255,255,255,255" type="QString"/>
              <Option name="outline_style" value="solid" type="QString"/>
              <Option name="outline_width" value="0.5" type="QString"/>
              <Option name="outline_width_map_unit_scale" value="3x:0,0,0,0,0,0" type="QString"/>
              <Option name="outline_width_unit" value="MM" type="QString"/>
              <Option name="scale_method" value="diameter" type="QString"/>
              <Option name="size" value="3.6" type="QString"/>
              <Option name="size_map_unit_scale" value="3x:0,0,0,0,0,0" type="QString"/>
              <Option name="size_unit" value="MM" type="QString"/>
              <Option name="vertical_anchor_point" value="1" type="QString"/>
            </Option>
            <prop v="0" k="angle"/>
            <prop v="square" k="cap_style"/>
            <prop v="141,141,141,255" k="color"/>
            <prop v="1" k="horizontal_anchor_point"/>
            <prop v="bevel" k="joinstyle"/>
            <prop v="circle" k="name"/>
            <prop v="0,0" k="offset"/>
            <prop v="3x:0,0,0,0,0,0" k="offset_map_unit_scale"/>
            <prop v="MM" k="offset_unit"/>
            <prop v="255,255,255,255" k="outline_color"/>
            <prop v="solid" k="outline_style"/>
            <prop v="0.5" k="outline_width"/>
            <prop v="3x:0,0,0,0,0,0" k="outline_width_map_unit_scale"/>
            <prop v="MM" k="outline_width_unit"/>
            <prop v="diameter" k="scale_method"/>
            <prop v="3.6" k="size"/>
            <prop v="3x:0,0,0,0,0,0" k="size_map_unit_scale"/>
            <prop v="MM" k="size_unit"/>
            <prop v="1" k="vertical_anchor_point"/>
            <data_defined_properties>
              <Option type="Map">
                <Option name="name" value="" type="QString"/>
                <Option name="properties"/>
                <Option name="type" value="collection" type="QString"/>
              </Option>
            </data_defined_properties>
          </layer>
        </symbol>
        <symbol alpha="1" force_rhr="0" name="13" clip_to_extent="1" type="marker">
          <data_defined_properties>
            <Option type="Map">
              <Option name="name" value="" type="QString"/>
              <Option name="properties"/>
              <Option name="type" value="collection" type="QString"/>
            </Option>
          </data_defined_properties>
          <layer locked="0" enabled="1" pass="0" class="SimpleMarker">
            <Option type="Map">
              <Option name="angle" value="0" type="QString"/>
              <Option name="cap_style" value="square" type="QString"/>
              <Option name="color" value="108,142,191,255" type="QString"/>
              <Option name="horizontal_anchor_point" value="1" type="QString"/>
              <Option name="joinstyle" value="bevel" type="QString"/>
              <Option name="name" value="circle" type="QString"/>
              <Option name="offset" value="0,0" type="QString"/>
              <Option name="offset_map_unit_scale" value="3x:0,0,0,0,0,0" type="QString"/>
              <Option name="offset_unit" value="MM" type="QString"/>
              <Option name="outline_color" value="255,255,255,255" type="QString"/>
              <Option name="outline_style" value="solid" type="QString"/>
              <Option name="outline_width" value="0.3" type="QString"/>
              <Option name="outline_width_map_unit_scale" value="3x:0,0,0,0,0,0" type="QString"/>
              <Option name="outline_width_unit" value="MM" type="QString"/>
              <Option name="scale_method" value="diameter" type="QString"/>
              <Option name="size" value="2.6" type="QString"/>
              <Option name="size_map_unit_scale" value="3x:0,0,0,0,0,0" type="QString"/>
              <Option name="size_unit" value="MM" type="QString"/>
              <Option name="vertical_anchor_point" value="1" type="QString"/>
            </Option>
            <prop v="0" k="angle"/>
            <prop v="square" k="cap_style"/>
            <prop v="108,142,191,255" k="color"/>
            <prop v="1" k="horizontal_anchor_point"/>
            <prop v="bevel" k="joinstyle"/>
            <prop v="circle" k="name"/>
            <prop v="0,0" k="offset"/>
            <prop v="3x:0,0,0,0,0,0" k="offset_map_unit_scale"/>
            <prop v="MM" k="offset_unit"/>
            <prop v="255,255,255,255" k="outline_color"/>
            <prop v="solid" k="outline_style"/>
            <prop v="0.3" k="outline_width"/>
            <prop v="3x:0,0,0,0,0,0" k="outline_width_map_unit_scale"/>
            <prop v="MM" k="outline_width_unit"/>
            <prop v="diameter" k="scale_method"/>
            <prop v="2.6" k="size"/>
            <prop v="3x:0,0,0,0,0,0" k="size_map_unit_scale"/>
            <prop v="MM" k="size_unit"/>
            <prop v="1" k="vertical_anchor_point"/>
            <data_defined_properties>
              <Option type="Map">
                <Option name="name" value="" type="QString"/>
                <Option name="properties"/>
                <Option name="type" value="collection" type="QString"/>
              </Option>
            </data_defined_properties>
          </layer>
        </symbol>
        <symbol alpha="1" force_rhr="0" name="14" clip_to_extent="1" type="marker">
          <data_defined_properties>
            <Option type="Map">
              <Option name="name" value="" type="QString"/>
              <Option name="properties"/>
              <Option name="type" value="collection" type="QString"/>
            </Option>
          </data_defined_properties>
          <layer locked="0" enabled="1" pass="0" class="SimpleMarker">
            <Option type="Map">
              <Option name="angle" value="0" type="QString"/>
              <Option name="cap_style" value="square" type="QString"/>
              <Option name="color" value="224,32,42,255" type="QString"/>
              <Option name="horizontal_anchor_point" value="1" type="QString"/>
              <Option name="joinstyle" value="bevel" type="QString"/>
              <Option name="name" value="circle" type="QString"/>
              <Option name="offset" value="0,0" type="QString"/>
              <Option name="offset_map_unit_scale" value="3x:0,0,0,0,0,0" type="QString"/>
              <Option name="offset_unit" value="MM" type="QString"/>
              <Option name="outline_color" value="255,255,255,255" type="QString"/>
              <Option name="outline_style" value="solid" type="QString"/>
              <Option name="outline_width" value="0.4" type="QString"/>
              <Option name="outline_width_map_unit_scale" value="3x:0,0,0,0,0,0" type="QString"/>
              <Option name="outline_width_unit" value="MM" type="QString"/>
              <Option name="scale_method" value="diameter" type="QString"/>
              <Option name="size" value="2.6" type="QString"/>
              <Option name="size_map_unit_scale" value="3x:0,0,0,0,0,0" type="QString"/>
              <Option name="size_unit" value="MM" type="QString"/>
              <Option name="vertical_anchor_point" value="1" type="QString"/>
            </Option>
            <prop v="0" k="angle"/>
            <prop v="square" k="cap_style"/>
            <prop v="224,32,42,255" k="color"/>
            <prop v="1" k="horizontal_anchor_point"/>
            <prop v="bevel" k="joinstyle"/>
            <prop v="circle" k="name"/>
            <prop v="0,0" k="offset"/>
            <prop v="3x:0,0,0,0,0,0" k="offset_map_unit_scale"/>
            <prop v="MM" k="offset_unit"/>
            <prop v="255,255,255,255" k="outline_color"/>
            <prop v="solid" k="outline_style"/>
            <prop v="0.4" k="outline_width"/>
            <prop v="3x:0,0,0,0,0,0" k="outline_width_map_unit_scale"/>
            <prop v="MM" k="outline_width_unit"/>
            <prop v="diameter" k="scale_method"/>
            <prop v="2.6" k="size"/>
            <prop v="3x:0,0,0,0,0,0" k="size_map_unit_scale"/>
            <prop v="MM" k="size_unit"/>
            <prop v="1" k="vertical_anchor_point"/>
            <data_defined_properties>
              <Option type="Map">
                <Option name="name" value="" type="QString"/>
                <Option name="properties"/>
                <Option name="type" value="collection" type="QString"/>
              </Option>
            </data_defined_properties>
          </layer>
        </symbol>
        <symbol alpha="1" force_rhr="0" name="15" clip_to_extent="1" type="marker">
          <data_defined_properties>
            <Option type="Map">
              <Option name="name" value="" type="QString"/>
              <Option name="properties"/>
              <Option name="type" value="collection" type="QString"/>
            </Option>
          </data_defined_properties>
          <layer locked="0" enabled="1" pass="0" class="SimpleMarker">
            <Option type="Map">
              <Option name="angle" value="0" type="QString"/>
              <Option name="cap_style" value="square" type="QString"/>
              <Option name="color" value="157,179,214,255" type="QString"/>
              <Option name="horizontal_anchor_point" value="1" type="QString"/>
              <Option name="joinstyle" value="bevel" type="QString"/>
              <Option name="name" value="circle" type="QString"/>
              <Option name="offset" value="0,0" type="QString"/>
              <Option name="offset_map_unit_scale" value="3x:0,0,0,0,0,0" type="QString"/>
              <Option name="offset_unit" value="MM" type="QString"/>
              <Option name="outline_color" value="255,255,255,255" type="QString"/>
              <Option name="outline_style" value="solid" type="QString"/>
              <Option name="outline_width" value="0.2" type="QString"/>
              <Option name="outline_width_map_unit_scale" value="3x:0,0,0,0,0,0" type="QString"/>
              <Option name="outline_width_unit" value="MM" type="QString"/>
              <Option name="scale_method" value="diameter" type="QString"/>
              <Option name="size" value="1.6" type="QString"/>
              <Option name="size_map_unit_scale" value="3x:0,0,0,0,0,0" type="QString"/>
              <Option name="size_unit" value="MM" type="QString"/>
              <Option name="vertical_anchor_point" value="1" type="QString"/>
            </Option>
            <prop v="0" k="angle"/>
            <prop v="square" k="cap_style"/>
            <prop v="157,179,214,255" k="color"/>
            <prop v="1" k="horizontal_anchor_point"/>
            <prop v="bevel" k="joinstyle"/>
            <prop v="circle" k="name"/>
            <prop v="0,0" k="offset"/>
            <prop v="3x:0,0,0,0,0,0" k="offset_map_unit_scale"/>
            <prop v="MM" k="offset_unit"/>
            <prop v="255,255,255,255" k="outline_color"/>
            <prop v="solid" k="outline_style"/>
            <prop v="0.2" k="outline_width"/>
            <prop v="3x:0,0,0,0,0,0" k="outline_width_map_unit_scale"/>
            <prop v="MM" k="outline_width_unit"/>
            <prop v="diameter" k="scale_method"/>
            <prop v="1.6" k="size"/>
            <prop v="3x:0,0,0,0,0,0" k="size_map_unit_scale"/>
            <prop v="MM" k="size_unit"/>
            <prop v="1" k="vertical_anchor_point"/>
            <data_defined_properties>
              <Option type="Map">
                <Option name="name" value="" type="QString"/>
                <Option name="properties"/>
                <Option name="type" value="collection" type="QString"/>
              </Option>
            </data_defined_properties>
          </layer>
        </symbol>
        <symbol alpha="1" force_rhr="0" name="16" clip_to_extent="1" type="marker">
          <data_defined_properties>
            <Option type="Map">
              <Option name="name" value="" type="QString"/>
              <Option name="properties"/>
              <Option name="type" value="collection" type="QString"/>
            </Option>
          </data_defined_properties>
          <layer locked="0" enabled="1" pass="0" class="SimpleMarker">
            <Option type="Map">
              <Option name="angle" value="0" type="QString"/>
              <Option name="cap_style" value="square" type="QString"/>
              <Option name="color" value="61,111,182,255" type="QString"/>
              <Option name="horizontal_anchor_point" value="1" type="QString"/>
              <Option name="joinstyle" value="bevel" type="QString"/>
              <Option name="name" value="circle" type="QString"/>
              <Option name="offset" value="0,0" type="QString"/>
              <Option name="offset_map_unit_scale" value="3x:0,0,0,0,0,0" type="QString"/>
              <Option name="offset_unit" value="MM" type="QString"/>
              <Option name="outline_color" value="255,255,255,255" type="QString"/>
              <Option name="outline_style" value="solid" type="QString"/>
              <Option name="outline_width" value="0.4" type="QString"/>
              <Option name="outline_width_map_unit_scale" value="3x:0,0,0,0,0,0" type="QString"/>
              <Option name="outline_width_unit" value="MM" type="QString"/>
              <Option name="scale_method" value="diameter" type="QString"/>
              <Option name="size" value="2.2" type="QString"/>
              <Option name="size_map_unit_scale" value="3x:0,0,0,0,0,0" type="QString"/>
              <Option name="size_unit" value="MM" type="QString"/>
              <Option name="vertical_anchor_point" value="1" type="QString"/>
            </Option>
            <prop v="0" k="angle"/>
            <prop v="square" k="cap_style"/>
            <prop v="61,111,182,255" k="color"/>
            <prop v="1" k="horizontal_anchor_point"/>
            <prop v="bevel" k="joinstyle"/>
            <prop v="circle" k="name"/>
            <prop v="0,0" k="offset"/>
            <prop v="3x:0,0,0,0,0,0" k="offset_map_unit_scale"/>
            <prop v="MM" k="offset_unit"/>
            <prop v="255,255,255,255" k="outline_color"/>
            <prop v="solid" k="outline_style"/>
            <prop v="0.4" k="outline_width"/>
            <prop v="3x:0,0,0,0,0,0" k="outline_width_map_unit_scale"/>
            <prop v="MM" k="outline_width_unit"/>
            <prop v="diameter" k="scale_method"/>
            <prop v="2.2" k="size"/>
            <prop v="3x:0,0,0,0,0,0" k="size_map_unit_scale"/>
            <prop v="MM" k="size_unit"/>
            <prop v="1" k="vertical_anchor_point"/>
            <data_defined_properties>
              <Option type="Map">
                <Option name="name" value="" type="QString"/>
                <Option name="properties"/>
                <Option name="type" value="collection" type="QString"/>
              </Option>
            </data_defined_properties>
          </layer>
        </symbol>
        <symbol alpha="1" force_rhr="0" name="2" clip_to_extent="1" type="marker">
          <data_defined_properties>
            <Option type="Map">
              <Option name="name" value="" type="QString"/>
              <Option name="properties"/>
              <Option name="type" value="collection" type="QString"/>
            </Option>
          </data_defined_properties>
          <layer locked="0" enabled="1" pass="0" class="SimpleMarker">
            <Option type="Map">
              <Option name="angle" value="0" type="QString"/>
              <Option name="cap_style" value="square" type="QString"/>
              <Option name="color" value="35,163,71,255" type="QString"/>
              <Option name="horizontal_anchor_point" value="1" type="QString"/>
              <Option name="joinstyle" value="bevel" type="QString"/>
              <Option name="name" value="circle" type="QString"/>
              <Option name="offset" value="0,0" type="QString"/>
              <Option name="offset_map_unit_scale" value="3x:0,0,0,0,0,0" type="QString"/>
              <Option name="offset_unit" value="MM" type="QString"/>
              <Option name="outline_color" value="255,255,255,255" type="QString"/>
              <Option name="outline_style" value="solid" type="QString"/>
              <Option name="outline_width" value="0.5" type="QString"/>
              <Option name="outline_width_map_unit_scale" value="3x:0,0,0,0,0,0" type="QString"/>
              <Option name="outline_width_unit" value="MM" type="QString"/>
              <Option name="scale_method" value="diameter" type="QString"/>
              <Option name="size" value="4.2" type="QString"/>
              <Option name="size_map_unit_scale" value="3x:0,0,0,0,0,0" type="QString"/>
              <Option name="size_unit" value="MM" type="QString"/>
              <Option name="vertical_anchor_point" value="1" type="QString"/>
            </Option>
            <prop v="0" k="angle"/>
            <prop v="square" k="cap_style"/>
            <prop v="35,163,71,255" k="color"/>
            <prop v="1" k="horizontal_anchor_point"/>
            <prop v="bevel" k="joinstyle"/>
            <prop v="circle" k="name"/>
            <prop v="0,0" k="offset"/>
            <prop v="3x:0,0,0,0,0,0" k="offset_map_unit_scale"/>
            <prop v="MM" k="offset_unit"/>
            <prop v="255,255,255,255" k="outline_color"/>
            <prop v="solid" k="outline_style"/>
            <prop v="0.5" k="outline_width"/>
            <prop v="3x:0,0,0,0,0,0" k="outline_width_map_unit_scale"/>
            <prop v="MM" k="outline_width_unit"/>
            <prop v="diameter" k="scale_method"/>
            <prop v="4.2" k="size"/>
            <prop v="3x:0,0,0,0,0,0" k="size_map_unit_scale"/>
            <prop v="MM" k="size_unit"/>
            <prop v="1" k="vertical_anchor_point"/>
            <data_defined_properties>
              <Option type="Map">
                <Option name="name" value="" type="QString"/>
                <Option name="properties"/>
                <Option name="type" value="collection" type="QString"/>
              </Option>
            </data_defined_properties>
          </layer>
        </symbol>
        <symbol alpha="1" force_rhr="0" name="3" clip_to_extent="1" type="marker">
          <data_defined_properties>
            <Option type="Map">
              <Option name="name" value="" type="QString"/>
              <Option name="properties"/>
              <Option name="type" value="collection" type="QString"/>
            </Option>
          </data_defined_properties>
          <layer locked="0" enabled="1" pass="0" class="SimpleMarker">
            <Option type="Map">
              <Option name="angle" value="0" type="QString"/>
              <Option name="cap_style" value="square" type="QString"/>
              <Option name="color" value="224,32,42,255" type="QString"/>
              <Option name="horizontal_anchor_point" value="1" type="QString"/>
              <Option name="joinstyle" value="bevel" type="QString"/>
              <Option name="name" value="diamond" type="QString"/>
              <Option name="offset" value="0,0" type="QString"/>
              <Option name="offset_map_unit_scale" value="3x:0,0,0,0,0,0" type="QString"/>
              <Option name="offset_unit" value="MM" type="QString"/>
              <Option name="outline_color" value="255,255,255,255" type="QString"/>
              <Option name="outline_style" value="solid" type="QString"/>
              <Option name="outline_width" value="0.6" type="QString"/>
              <Option name="outline_width_map_unit_scale" value="3x:0,0,0,0,0,0" type="QString"/>
              <Option name="outline_width_unit" value="MM" type="QString"/>
              <Option name="scale_method" value="diameter" type="QString"/>
              <Option name="size" value="4.8" type="QString"/>
              <Option name="size_map_unit_scale" value="3x:0,0,0,0,0,0" type="QString"/>
              <Option name="size_unit" value="MM" type="QString"/>
              <Option name="vertical_anchor_point" value="1" type="QString"/>
            </Option>
            <prop v="0" k="angle"/>
            <prop v="square" k="cap_style"/>
            <prop v="224,32,42,255" k="color"/>
            <prop v="1" k="horizontal_anchor_point"/>
            <prop v="bevel" k="joinstyle"/>
            <prop v="diamond" k="name"/>
            <prop v="0,0" k="offset"/>
            <prop v="3x:0,0,0,0,0,0" k="offset_map_unit_scale"/>
            <prop v="MM" k="offset_unit"/>
            <prop v="255,255,255,255" k="outline_color"/>
            <prop v="solid" k="outline_style"/>
            <prop v="0.6" k="outline_width"/>
            <prop v="3x:0,0,0,0,0,0" k="outline_width_map_unit_scale"/>
            <prop v="MM" k="outline_width_unit"/>
            <prop v="diameter" k="scale_method"/>
            <prop v="4.8" k="size"/>
            <prop v="3x:0,0,0,0,0,0" k="size_map_unit_scale"/>
            <prop v="MM" k="size_unit"/>
            <prop v="1" k="vertical_anchor_point"/>
            <data_defined_properties>
              <Option type="Map">
                <Option name="name" value="" type="QString"/>
                <Option name="properties"/>
                <Option name="type" value="collection" type="QString"/>
              </Option>
            </data_defined_properties>
          </layer>
        </symbol>
        <symbol alpha="1" force_rhr="0" name="4" clip_to_extent="1" type="marker">
          <data_defined_properties>
            <Option type="Map">
              <Option name="name" value="" type="QString"/>
              <Option name="properties"/>
              <Option name="type" value="collection" type="QString"/>
            </Option>
          </data_defined_properties>
          <layer locked="0" enabled="1" pass="0" class="SimpleMarker">
            <Option type="Map">
              <Option name="angle" value="0" type="QString"/>
              <Option name="cap_style" value="square" type="QString"/>
              <Option name="color" value="242,169,0,255" type="QString"/>
              <Option name="horizontal_anchor_point" value="1" type="QString"/>
              <Option name="joinstyle" value="bevel" type="QString"/>
              <Option name="name" value="diamond" type="QString"/>
              <Option name="offset" value="0,0" type="QString"/>
              <Option name="offset_map_unit_scale" value="3x:0,0,0,0,0,0" type="QString"/>
              <Option name="offset_unit" value="MM" type="QString"/>
              <Option name="outline_color" value="255,255,255,255" type="QString"/>
              <Option name="outline_style" value="solid" type="QString"/>
              <Option name="outline_width" value="0.5" type="QString"/>
              <Option name="outline_width_map_unit_scale" value="3x:0,0,0,0,0,0" type="QString"/>
              <Option name="outline_width_unit" value="MM" type="QString"/>
              <Option name="scale_method" value="diameter" type="QString"/>
              <Option name="size" value="4.2" type="QString"/>
              <Option name="size_map_unit_scale" value="3x:0,0,0,0,0,0" type="QString"/>
              <Option name="size_unit" value="MM" type="QString"/>
              <Option name="vertical_anchor_point" value="1" type="QString"/>
            </Option>
            <prop v="0" k="angle"/>
            <prop v="square" k="cap_style"/>
            <prop v="242,169,0,255" k="color"/>
            <prop v="1" k="horizontal_anchor_point"/>
            <prop v="bevel" k="joinstyle"/>
            <prop v="diamond" k="name"/>
            <prop v="0,0" k="offset"/>
            <prop v="3x:0,0,0,0,0,0" k="offset_map_unit_scale"/>
            <prop v="MM" k="offset_unit"/>
            <prop v="255,255,255,255" k="outline_color"/>
            <prop v="solid" k="outline_style"/>
            <prop v="0.5" k="outline_width"/>
            <prop v="3x:0,0,0,0,0,0" k="outline_width_map_unit_scale"/>
            <prop v="MM" k="outline_width_unit"/>
            <prop v="diameter" k="scale_method"/>
            <prop v="4.2" k="size"/>
            <prop v="3x:0,0,0,0,0,0" k="size_map_unit_scale"/>
            <prop v="MM" k="size_unit"/>
            <prop v="1" k="vertical_anchor_point"/>
            <data_defined_properties>
              <Option type="Map">
                <Option name="name" value="" type="QString"/>
                <Option name="properties"/>
                <Option name="type" value="collection" type="QString"/>
              </Option>
            </data_defined_properties>
          </layer>
        </symbol>
        <symbol alpha="1" force_rhr="0" name="5" clip_to_extent="1" type="marker">
          <data_defined_properties>
            <Option type="Map">
              <Option name="name" value="" type="QString"/>
              <Option name="properties"/>
              <Option name="type" value="collection" type="QString"/>
            </Option>
          </data_defined_properties>
          <layer locked="0" enabled="1" pass="0" class="SimpleMarker">
            <Option type="Map">
              <Option name="angle" value="0" type="QString"/>
              <Option name="cap_style" value="square" type="QString"/>
              <Option name="color" value="35,163,71,255" type="QString"/>
              <Option name="horizontal_anchor_point" value="1" type="QString"/>
              <Option name="joinstyle" value="bevel" type="QString"/>
              <Option name="name" value="diamond" type="QString"/>
              <Option name="offset" value="0,0" type="QString"/>
              <Option name="offset_map_unit_scale" value="3x:0,0,0,0,0,0" type="QString"/>
              <Option name="offset_unit" value="MM" type="QString"/>
              <Option name="outline_color" value="255,255,255,255" type="QString"/>
              <Option name="outline_style" value="solid" type="QString"/>
              <Option name="outline_width" value="0.5" type="QString"/>
              <Option name="outline_width_map_unit_scale" value="3x:0,0,0,0,0,0" type="QString"/>
              <Option name="outline_width_unit" value="MM" type="QString"/>
              <Option name="scale_method" value="diameter" type="QString"/>
              <Option name="size" value="4.2" type="QString"/>
              <Option name="size_map_unit_scale" value="3x:0,0,0,0,0,0" type="QString"/>
              <Option name="size_unit" value="MM" type="QString"/>
              <Option name="vertical_anchor_point" value="1" type="QString"/>
            </Option>
            <prop v="0" k="angle"/>
            <prop v="square" k="cap_style"/>
            <prop v="35,163,71,255" k="color"/>
            <prop v="1" k="horizontal_anchor_point"/>
            <prop v="bevel" k="joinstyle"/>
            <prop v="diamond" k="name"/>
            <prop v="0,0" k="offset"/>
            <prop v="3x:0,0,0,0,0,0" k="offset_map_unit_scale"/>
            <prop v="MM" k="offset_unit"/>
            <prop v="255,255,255,255" k="outline_color"/>
            <prop v="solid" k="outline_style"/>
            <prop v="0.5" k="outline_width"/>
            <prop v="3x:0,0,0,0,0,0" k="outline_width_map_unit_scale"/>
            <prop v="MM" k="outline_width_unit"/>
            <prop v="diameter" k="scale_method"/>
            <prop v="4.2" k="size"/>
            <prop v="3x:0,0,0,0,0,0" k="size_map_unit_scale"/>
            <prop v="MM" k="size_unit"/>
            <prop v="1" k="vertical_anchor_point"/>
            <data_defined_properties>
              <Option type="Map">
                <Option name="name" value="" type="QString"/>
                <Option name="properties"/>
                <Option name="type" value="collection" type="QString"/>
              </Option>
            </data_defined_properties>
          </layer>
        </symbol>
        <symbol alpha="1" force_rhr="0" name="6" clip_to_extent="1" type="marker">
          <data_defined_properties>
            <Option type="Map">
              <Option name="name" value="" type="QString"/>
              <Option name="properties"/>
              <Option name="type" value="collection" type="QString"/>
            </Option>
          </data_defined_properties>
          <layer locked="0" enabled="1" pass="0" class="SimpleMarker">
            <Option type="Map">
              <Option name="angle" value="0" type="QString"/>
              <Option name="cap_style" value="square" type="QString"/>
              <Option name="color" value="224,32,42,255" type="QString"/>
              <Option name="horizontal_anchor_point" value="1" type="QString"/>
              <Option name="joinstyle" value="bevel" type="QString"/>
              <Option name="name" value="square" type="QString"/>
              <Option name="offset" value="0,0" type="QString"/>
              <Option name="offset_map_unit_scale" value="3x:0,0,0,0,0,0" type="QString"/>
              <Option name="offset_unit" value="MM" type="QString"/>
              <Option name="outline_color" value="255,255,255,255" type="QString"/>
              <Option name="outline_style" value="solid" type="QString"/>
              <Option name="outline_width" value="0.6" type="QString"/>
              <Option name="outline_width_map_unit_scale" value="3x:0,0,0,0,0,0" type="QString"/>
              <Option name="outline_width_unit" value="MM" type="QString"/>
              <Option name="scale_method" value="diameter" type="QString"/>
              <Option name="size" value="4.8" type="QString"/>
              <Option name="size_map_unit_scale" value="3x:0,0,0,0,0,0" type="QString"/>
              <Option name="size_unit" value="MM" type="QString"/>
              <Option name="vertical_anchor_point" value="1" type="QString"/>
            </Option>
            <prop v="0" k="angle"/>
            <prop v="square" k="cap_style"/>
            <prop v="224,32,42,255" k="color"/>
            <prop v="1" k="horizontal_anchor_point"/>
            <prop v="bevel" k="joinstyle"/>
            <prop v="square" k="name"/>
            <prop v="0,0" k="offset"/>
            <prop v="3x:0,0,0,0,0,0" k="offset_map_unit_scale"/>
            <prop v="MM" k="offset_unit"/>
            <prop v="255,255,255,255" k="outline_color"/>
            <prop v="solid" k="outline_style"/>
            <prop v="0.6" k="outline_width"/>
            <prop v="3x:0,0,0,0,0,0" k="outline_width_map_unit_scale"/>
            <prop v="MM" k="outline_width_unit"/>
            <prop v="diameter" k="scale_method"/>
            <prop v="4.8" k="size"/>
            <prop v="3x:0,0,0,0,0,0" k="size_map_unit_scale"/>
            <prop v="MM" k="size_unit"/>
            <prop v="1" k="vertical_anchor_point"/>
            <data_defined_properties>
              <Option type="Map">
                <Option name="name" value="" type="QString"/>
                <Option name="properties"/>
                <Option name="type" value="collection" type="QString"/>
              </Option>
            </data_defined_properties>
          </layer>
        </symbol>
        <symbol alpha="1" force_rhr="0" name="7" clip_to_extent="1" type="marker">
          <data_defined_properties>
            <Option type="Map">
              <Option name="name" value="" type="QString"/>
              <Option name="properties"/>
              <Option name="type" value="collection" type="QString"/>
            </Option>
          </data_defined_properties>
          <layer locked="0" enabled="1" pass="0" class="SimpleMarker">
            <Option type="Map">
              <Option name="angle" value="0" type="QString"/>
              <Option name="cap_style" value="square" type="QString"/>
              <Option name="color" value="242,169,0,255" type="QString"/>
              <Option name="horizontal_anchor_point" value="1" type="QString"/>
              <Option name="joinstyle" value="bevel" type="QString"/>
              <Option name="name" value="square" type="QString"/>
              <Option name="offset" value="0,0" type="QString"/>
              <Option name="offset_map_unit_scale" value="3x:0,0,0,0,0,0" type="QString"/>
              <Option name="offset_unit" value="MM" type="QString"/>
              <Option name="outline_color" value="255,255,255,255" type="QString"/>
              <Option name="outline_style" value="solid" type="QString"/>
              <Option name="outline_width" value="0.5" type="QString"/>
              <Option name="outline_width_map_unit_scale" value="3x:0,0,0,0,0,0" type="QString"/>
              <Option name="outline_width_unit" value="MM" type="QString"/>
              <Option name="scale_method" value="diameter" type="QString"/>
              <Option name="size" value="4.2" type="QString"/>
              <Option name="size_map_unit_scale" value="3x:0,0,0,0,0,0" type="QString"/>
              <Option name="size_unit" value="MM" type="QString"/>
              <Option name="vertical_anchor_point" value="1" type="QString"/>
            </Option>
            <prop v="0" k="angle"/>
            <prop v="square" k="cap_style"/>
            <prop v="242,169,0,255" k="color"/>
            <prop v="1" k="horizontal_anchor_point"/>
            <prop v="bevel" k="joinstyle"/>
            <prop v="square" k="name"/>
            <prop v="0,0" k="offset"/>
            <prop v="3x:0,0,0,0,0,0" k="offset_map_unit_scale"/>
            <prop v="MM" k="offset_unit"/>
            <prop v="255,255,255,255" k="outline_color"/>
            <prop v="solid" k="outline_style"/>
            <prop v="0.5" k="outline_width"/>
            <prop v="3x:0,0,0,0,0,0" k="outline_width_map_unit_scale"/>
            <prop v="MM" k="outline_width_unit"/>
            <prop v="diameter" k="scale_method"/>
            <prop v="4.2" k="size"/>
            <prop v="3x:0,0,0,0,0,0" k="size_map_unit_scale"/>
            <prop v="MM" k="size_unit"/>
            <prop v="1" k="vertical_anchor_point"/>
            <data_defined_properties>
              <Option type="Map">
                <Option name="name" value="" type="QString"/>
                <Option name="properties"/>
                <Option name="type" value="collection" type="QString"/>
              </Option>
            </data_defined_properties>
          </layer>
        </symbol>
        <symbol alpha="1" force_rhr="0" name="8" clip_to_extent="1" type="marker">
          <data_defined_properties>
            <Option type="Map">
              <Option name="name" value="" type="QString"/>
              <Option name="properties"/>
              <Option name="type" value="collection" type="QString"/>
            </Option>
          </data_defined_properties>
          <layer locked="0" enabled="1" pass="0" class="SimpleMarker">
            <Option type="Map">
              <Option name="angle" value="0" type="QString"/>
              <Option name="cap_style" value="square" type="QString"/>
              <Option name="color" value="35,163,71,255" type="QString"/>
              <Option name="horizontal_anchor_point" value="1" type="QString"/>
              <Option name="joinstyle" value="bevel" type="QString"/>
              <Option name="name" value="square" type="QString"/>
              <Option name="offset" value="0,0" type="QString"/>
              <Option name="offset_map_unit_scale" value="3x:0,0,0,0,0,0" type="QString"/>
              <Option name="offset_unit" value="MM" type="QString"/>
              <Option name="outline_color" value="255,255,255,255" type="QString"/>
              <Option name="outline_style" value="solid" type="QString"/>
              <Option name="outline_width" value="0.5" type="QString"/>
              <Option name="outline_width_map_unit_scale" value="3x:0,0,0,0,0,0" type="QString"/>
              <Option name="outline_width_unit" value="MM" type="QString"/>
              <Option name="scale_method" value="diameter" type="QString"/>
              <Option name="size" value="4.2" type="QString"/>
              <Option name="size_map_unit_scale" value="3x:0,0,0,0,0,0" type="QString"/>
              <Option name="size_unit" value="MM" type="QString"/>
              <Option name="vertical_anchor_point" value="1" type="QString"/>
            </Option>
            <prop v="0" k="angle"/>
            <prop v="square" k="cap_style"/>
            <prop v="35,163,71,255" k="color"/>
            <prop v="1" k="horizontal_anchor_point"/>
            <prop v="bevel" k="joinstyle"/>
            <prop v="square" k="name"/>
            <prop v="0,0" k="offset"/>
            <prop v="3x:0,0,0,0,0,0" k="offset_map_unit_scale"/>
            <prop v="MM" k="offset_unit"/>
            <prop v="255,255,255,255" k="outline_color"/>
            <prop v="solid" k="outline_style"/>
            <prop v="0.5" k="outline_width"/>
            <prop v="3x:0,0,0,0,0,0" k="outline_width_map_unit_scale"/>
            <prop v="MM" k="outline_width_unit"/>
            <prop v="diameter" k="scale_method"/>
            <prop v="4.2" k="size"/>
            <prop v="3x:0,0,0,0,0,0" k="size_map_unit_scale"/>
            <prop v="MM" k="size_unit"/>
            <prop v="1" k="vertical_anchor_point"/>
            <data_defined_properties>
              <Option type="Map">
                <Option name="name" value="" type="QString"/>
                <Option name="properties"/>
                <Option name="type" value="collection" type="QString"/>
              </Option>
            </data_defined_properties>
          </layer>
        </symbol>
        <symbol alpha="1" force_rhr="0" name="9" clip_to_extent="1" type="marker">
          <data_defined_properties>
            <Option type="Map">
              <Option name="name" value="" type="QString"/>
              <Option name="properties"/>
              <Option name="type" value="collection" type="QString"/>
            </Option>
          </data_defined_properties>
          <layer locked="0" enabled="1" pass="0" class="SimpleMarker">
            <Option type="Map">
              <Option name="angle" value="0" type="QString"/>
              <Option name="cap_style" value="square" type="QString"/>
              <Option name="color" value="224,32,42,255" type="QString"/>
              <Option name="horizontal_anchor_point" value="1" type="QString"/>
              <Option name="joinstyle" value="bevel" type="QString"/>
              <Option name="name" value="triangle" type="QString"/>
              <Option name="offset" value="0,0" type="QString"/>
              <Option name="offset_map_unit_scale" value="3x:0,0,0,0,0,0" type="QString"/>
              <Option name="offset_unit" value="MM" type="QString"/>
              <Option name="outline_color" value="255,255,255,255" type="QString"/>
              <Option name="outline_style" value="solid" type="QString"/>
              <Option name="outline_width" value="0.6" type="QString"/>
              <Option name="outline_width_map_unit_scale" value="3x:0,0,0,0,0,0" type="QString"/>
              <Option name="outline_width_unit" value="MM" type="QString"/>
              <Option name="scale_method" value="diameter" type="QString"/>
              <Option name="size" value="5.2" type="QString"/>
              <Option name="size_map_unit_scale" value="3x:0,0,0,0,0,0" type="QString"/>
              <Option name="size_unit" value="MM" type="QString"/>
              <Option name="vertical_anchor_point" value="1" type="QString"/>
            </Option>
            <prop v="0" k="angle"/>
            <prop v="square" k="cap_style"/>
            <prop v="224,32,42,255" k="color"/>
            <prop v="1" k="horizontal_anchor_point"/>
            <prop v="bevel" k="joinstyle"/>
            <prop v="triangle" k="name"/>
            <prop v="0,0" k="offset"/>
            <prop v="3x:0,0,0,0,0,0" k="offset_map_unit_scale"/>
            <prop v="MM" k="offset_unit"/>
            <prop v="255,255,255,255" k="outline_color"/>
            <prop v="solid" k="outline_style"/>
            <prop v="0.6" k="outline_width"/>
            <prop v="3x:0,0,0,0,0,0" k="outline_width_map_unit_scale"/>
            <prop v="MM" k="outline_width_unit"/>
            <prop v="diameter" k="scale_method"/>
            <prop v="5.2" k="size"/>
            <prop v="3x:0,0,0,0,0,0" k="size_map_unit_scale"/>
            <prop v="MM" k="size_unit"/>
            <prop v="1" k="vertical_anchor_point"/>
            <data_defined_properties>
              <Option type="Map">
                <Option name="name" value="" type="QString"/>
                <Option name="properties"/>
                <Option name="type" value="collection" type="QString"/>
              </Option>
            </data_defined_properties>
          </layer>
        </symbol>
      </symbols>
    </renderer-v2>
    <symbol alpha="1" force_rhr="0" name="centerSymbol" clip_to_extent="1" type="marker">
      <data_defined_properties>
        <Option type="Map">
          <Option name="name" value="" type="QString"/>
          <Option name="properties"/>
          <Option name="type" value="collection" type="QString"/>
        </Option>
      </data_defined_properties>
      <layer locked="0" enabled="1" pass="0" class="SimpleMarker">
        <Option type="Map">
          <Option name="angle" value="0" type="QString"/>
          <Option name="cap_style" value="square" type="QString"/>
          <Option name="color" value="61,111,182,255" type="QString"/>
          <Option name="horizontal_anchor_point" value="1" type="QString"/>
          <Option name="joinstyle" value="bevel" type="QString"/>
          <Option name="name" value="circle" type="QString"/>
          <Option name="offset" value="0,0" type="QString"/>
          <Option name="offset_map_unit_scale" value="3x:0,0,0,0,0,0" type="QString"/>
          <Option name="offset_unit" value="MM" type="QString"/>
          <Option name="outline_color" value="255,255,255,255" type="QString"/>
          <Option name="outline_style" value="solid" type="QString"/>
          <Option name="outline_width" value="0.5" type="QString"/>
          <Option name="outline_width_map_unit_scale" value="3x:0,0,0,0,0,0" type="QString"/>
          <Option name="outline_width_unit" value="MM" type="QString"/>
          <Option name="scale_method" value="diameter" type="QString"/>
          <Option name="size" value="5" type="QString"/>
          <Option name="size_map_unit_scale" value="3x:0,0,0,0,0,0" type="QString"/>
          <Option name="size_unit" value="MM" type="QString"/>
          <Option name="vertical_anchor_point" value="1" type="QString"/>
        </Option>
        <prop v="0" k="angle"/>
        <prop v="square" k="cap_style"/>
        <prop v="61,111,182,255" k="color"/>
        <prop v="1" k="horizontal_anchor_point"/>
        <prop v="bevel" k="joinstyle"/>
        <prop v="circle" k="name"/>
        <prop v="0,0" k="offset"/>
        <prop v="3x:0,0,0,0,0,0" k="offset_map_unit_scale"/>
        <prop v="MM" k="offset_unit"/>
        <prop v="255,255,255,255" k="outline_color"/>
        <prop v="solid" k="outline_style"/>
        <prop v="0.5" k="outline_width"/>
        <prop v="3x:0,0,0,0,0,0" k="outline_width_map_unit_scale"/>
        <prop v="MM" k="outline_width_unit"/>
        <prop v="diameter" k="scale_method"/>
        <prop v="5" k="size"/>
        <prop v="3x:0,0,0,0,0,0" k="size_map_unit_scale"/>
        <prop v="MM" k="size_unit"/>
        <prop v="1" k="vertical_anchor_point"/>
        <data_defined_properties>
          <Option type="Map">
            <Option name="name" value="" type="QString"/>
            <Option name="properties" type="Map">
              <Option name="fillColor" type="Map">
                <Option name="active" value="true" type="bool"/>
                <Option name="expression" value="coalesce(@cluster_color, '#3d6fb6')" type="QString"/>
                <Option name="type" value="3" type="int"/>
              </Option>
              <Option name="outlineColor" type="Map">
                <Option name="active" value="true" type="bool"/>
                <Option name="expression" value="if(@cluster_color IS NULL AND @map_scale > 25000, '#e0202a', '#ffffff')" type="QString"/>
                <Option name="type" value="3" type="int"/>
              </Option>
              <Option name="outlineWidth" type="Map">
                <Option name="active" value="true" type="bool"/>
                <Option name="expression" value="if(@cluster_color IS NULL AND @map_scale > 25000, 0.9, 0.5)" type="QString"/>
                <Option name="type" value="3" type="int"/>
              </Option>
              <Option name="size" type="Map">
                <Option name="active" value="true" type="bool"/>
                <Option name="expression" value="min(3.4 + 1.2 * ln(@cluster_size), 9)" type="QString"/>
                <Option name="type" value="3" type="int"/>
              </Option>
            </Option>
            <Option name="type" value="collection" type="QString"/>
          </Option>
        </data_defined_properties>
      </layer>
      <layer locked="0" enabled="1" pass="0" class="FontMarker">
        <Option type="Map">
          <Option name="angle" value="0" type="QString"/>
          <Option name="chr" value="" type="QString"/>
          <Option name="color" value="255,255,255,255" type="QString"/>
          <Option name="font" value="Sans Serif" type="QString"/>
          <Option name="font_style" value="Bold" type="QString"/>
          <Option name="horizontal_anchor_point" value="1" type="QString"/>
          <Option name="joinstyle" value="miter" type="QString"/>
          <Option name="offset" value="0,0" type="QString"/>
          <Option name="offset_map_unit_scale" value="3x:0,0,0,0,0,0" type="QString"/>
          <Option name="offset_unit" value="MM" type="QString"/>
          <Option name="outline_color" value="255,255,255,255" type="QString"/>
          <Option name="outline_width" value="0" type="QString"/>
          <Option name="outline_width_map_unit_scale" value="3x:0,0,0,0,0,0" type="QString"/>
          <Option name="outline_width_unit" value="MM" type="QString"/>
          <Option name="size" value="2.6" type="QString"/>
          <Option name="size_map_unit_scale" value="3x:0,0,0,0,0,0" type="QString"/>
          <Option name="size_unit" value="MM" type="QString"/>
          <Option name="vertical_anchor_point" value="1" type="QString"/>
        </Option>
        <prop v="0" k="angle"/>
        <prop v="" k="chr"/>
        <prop v="255,255,255,255" k="color"/>
        <prop v="Sans Serif" k="font"/>
        <prop v="Bold" k="font_style"/>
        <prop v="1" k="horizontal_anchor_point"/>
        <prop v="miter" k="joinstyle"/>
        <prop v="0,0" k="offset"/>
        <prop v="3x:0,0,0,0,0,0" k="offset_map_unit_scale"/>
        <prop v="MM" k="offset_unit"/>
        <prop v="255,255,255,255" k="outline_color"/>
        <prop v="0" k="outline_width"/>
        <prop v="3x:0,0,0,0,0,0" k="outline_width_map_unit_scale"/>
        <prop v="MM" k="outline_width_unit"/>
        <prop v="2.6" k="size"/>
        <prop v="3x:0,0,0,0,0,0" k="size_map_unit_scale"/>
        <prop v="MM" k="size_unit"/>
        <prop v="1" k="vertical_anchor_point"/>
        <data_defined_properties>
          <Option type="Map">
            <Option name="name" value="" type="QString"/>
            <Option name="properties" type="Map">
              <Option name="char" type="Map">
                <Option name="active" value="true" type="bool"/>
                <Option name="expression" value="@cluster_size" type="QString"/>
                <Option name="type" value="3" type="int"/>
              </Option>
              <Option name="size" type="Map">
                <Option name="active" value="true" type="bool"/>
                <Option name="expression" value="if(@cluster_size >= 100, 2.2, 2.6)" type="QString"/>
                <Option name="type" value="3" type="int"/>
              </Option>
            </Option>
            <Option name="type" value="collection" type="QString"/>
          </Option>
        </data_defined_properties>
      </layer>
    </symbol>
    <orderby>
      <orderByClause asc="1" nullsFirst="0">CASE WHEN "light" = 'red' THEN 3 WHEN "light" = 'yellow' THEN 2 WHEN "light" = 'green' THEN 1 ELSE 0 END</orderByClause>
    </orderby>
  </renderer-v2>
  <labeling type="rule-based">
    <rules key="{117e4b2f-1165-4bd7-9002-595e09798729}">
      <rule key="{00f88c4a-1e03-41a6-823c-6af05a0d6e93}" description="pins block other labels" scalemaxdenom="25000">
        <settings calloutType="simple">
          <text-style textOpacity="1" isExpression="0" blendMode="0" fontWordSpacing="0" legendString="Aa" fontSizeUnit="Point" fontItalic="0" fontUnderline="0" fontSizeMapUnitScale="3x:0,0,0,0,0,0" fieldName="code" namedStyle="" capitalization="0" fontSize="7.5" useSubstitutions="0" textColor="34,34,34,255" fontWeight="50" multilineHeight="1" fontKerning="1" fontStrikeout="0" textOrientation="horizontal" allowHtml="0" fontLetterSpacing="0" previewBkgrdColor="255,255,255,255" fontFamily="Noto Sans CJK SC">
            <families/>
            <text-buffer bufferSize="0.69999999999999996" bufferNoFill="1" bufferJoinStyle="128" bufferOpacity="0.84999999999999998" bufferSizeUnits="MM" bufferColor="255,255,255,255" bufferSizeMapUnitScale="3x:0,0,0,0,0,0" bufferBlendMode="0" bufferDraw="1"/>
            <text-mask maskSize="1.5" maskType="0" maskEnabled="0" maskSizeUnits="MM" maskSizeMapUnitScale="3x:0,0,0,0,0,0" maskOpacity="1" maskedSymbolLayers="" maskJoinStyle="128"/>
            <background shapeDraw="0" shapeBorderWidthMapUnitScale="3x:0,0,0,0,0,0" shapeSizeUnit="MM" shapeType="0" shapeSizeX="0" shapeBorderWidth="0" shapeRadiiUnit="MM" shapeRadiiY="0" shapeFillColor="255,255,255,255" shapeOffsetMapUnitScale="3x:0,0,0,0,0,0" shapeRadiiMapUnitScale="3x:0,0,0,0,0,0" shapeRotation="0" shapeBlendMode="0" shapeSizeMapUnitScale="3x:0,0,0,0,0,0" shapeSizeY="0" shapeOpacity="1" shapeBorderColor="128,128,128,255" shapeBorderWidthUnit="MM" shapeRadiiX="0" shapeJoinStyle="64" shapeOffsetY="0" shapeOffsetUnit="MM" shapeSizeType="0" shapeRotationType="0" shapeSVGFile="" shapeOffsetX="0">
              <symbol alpha="1" force_rhr="0" name="fillSymbol" clip_to_extent="1" type="fill">
                <data_defined_properties>
                  <Option type="Map">
                    <Option name="name" value="" type="QString"/>
                    <Option name="properties"/>
                    <Option name="type" value="collection" type="QString"/>
                  </Option>
                </data_defined_properties>
                <layer locked="0" enabled="1" pass="0" class="SimpleFill">
                  <Option type="Map">
                    <Option name="border_width_map_unit_scale" value="3x:0,0,0,0,0,0" type="QString"/>
                    <Option name="color" value="255,255,255,255" type="QString"/>
                    <Option name="joinstyle" value="bevel" type="QString"/>
                    <Option name="offset" value="0,0" type="QString"/>
                    <Option name="offset_map_unit_scale" value="3x:0,0,0,0,0,0" type="QString"/>
                    <Option name="offset_unit" value="MM" type="QString"/>
                    <Option name="outline_color" value="128,128,128,255" type="QString"/>
                    <Option name="outline_style" value="no" type="QString"/>
                    <Option name="outline_width" value="0" type="QString"/>
                    <Option name="outline_width_unit" value="MM" type="QString"/>
                    <Option name="style" value="solid" type="QString"/>
                  </Option>
                  <prop v="3x:0,0,0,0,0,0" k="border_width_map_unit_scale"/>
                  <prop v="255,255,255,255" k="color"/>
                  <prop v="bevel" k="joinstyle"/>
                  <prop v="0,0" k="offset"/>
                  <prop v="3x:0,0,0,0,0,0" k="offset_map_unit_scale"/>
                  <prop v="MM" k="offset_unit"/>
                  <prop v="128,128,128,255" k="outline_color"/>
                  <prop v="no" k="outline_style"/>
                  <prop v="0" k="outline_width"/>
                  <prop v="MM" k="outline_width_unit"/>
                  <prop v="solid" k="style"/>
                  <data_defined_properties>
                    <Option type="Map">
                      <Option name="name" value="" type="QString"/>
                      <Option name="properties"/>
                      <Option name="type" value="collection" type="QString"/>
                    </Option>
                  </data_defined_properties>
                </layer>
              </symbol>
            </background>
            <shadow shadowUnder="0" shadowColor="0,0,0,255" shadowOffsetMapUnitScale="3x:0,0,0,0,0,0" shadowOpacity="0.69999999999999996" shadowRadiusMapUnitScale="3x:0,0,0,0,0,0" shadowScale="100" shadowRadiusUnit="MM" shadowOffsetAngle="135" shadowOffsetDist="1" shadowBlendMode="6" shadowOffsetGlobal="1" shadowDraw="0" shadowRadius="1.5" shadowOffsetUnit="MM" shadowRadiusAlphaOnly="0"/>
            <dd_properties>
              <Option type="Map">
                <Option name="name" value="" type="QString"/>
                <Option name="properties"/>
                <Option name="type" value="collection" type="QString"/>
              </Option>
            </dd_properties>
            <substitutions/>
          </text-style>
          <text-format leftDirectionSymbol="&lt;" placeDirectionSymbol="0" formatNumbers="0" reverseDirectionSymbol="0" decimals="3" addDirectionSymbol="0" wrapChar="" plussign="0" autoWrapLength="0" multilineAlign="3" rightDirectionSymbol=">" useMaxLineLengthForAutoWrap="1"/>
          <placement overrunDistance="0" centroidInside="1" rotationAngle="0" placementFlags="10" fitInPolygonOnly="0" geometryGeneratorType="PointGeometry" distUnits="MM" polygonPlacementFlags="2" lineAnchorPercent="0.5" lineAnchorType="0" distMapUnitScale="3x:0,0,0,0,0,0" repeatDistanceMapUnitScale="3x:0,0,0,0,0,0" centroidWhole="0" lineAnchorClipping="0" predefinedPositionOrder="TR,TL,BR,BL,R,L,TSR,BSR" priority="10" repeatDistance="0" maxCurvedCharAngleOut="-25" preserveRotation="1" overrunDistanceMapUnitScale="3x:0,0,0,0,0,0" geometryGeneratorEnabled="0" geometryGenerator="" yOffset="0" rotationUnit="AngleDegrees" xOffset="0" quadOffset="4" placement="0" repeatDistanceUnits="MM" labelOffsetMapUnitScale="3x:0,0,0,0,0,0" dist="1.2" offsetType="0" offsetUnits="MM" maxCurvedCharAngleIn="25" overrunDistanceUnit="MM" layerType="UnknownGeometry"/>
          <rendering drawLabels="0" labelPerPart="0" obstacle="1" scaleVisibility="1" obstacleFactor="2" upsidedownLabels="0" zIndex="0" fontLimitPixelSize="0" scaleMin="0" unplacedVisibility="0" displayAll="0" fontMinPixelSize="0" limitNumLabels="0" mergeLines="0" minFeatureSize="0" obstacleType="1" fontMaxPixelSize="10000" maxNumLabels="2000" scaleMax="25000"/>
          <dd_properties>
            <Option type="Map">
              <Option name="name" value="" type="QString"/>
              <Option name="properties"/>
              <Option name="type" value="collection" type="QString"/>
            </Option>
          </dd_properties>
          <callout type="simple">
            <Option type="Map">
              <Option name="anchorPoint" value="pole_of_inaccessibility" type="QString"/>
              <Option name="blendMode" value="0" type="int"/>
              <Option name="ddProperties" type="Map">
                <Option name="name" value="" type="QString"/>
                <Option name="properties"/>
                <Option name="type" value="collection" type="QString"/>
              </Option>
              <Option name="drawToAllParts" value="false" type="bool"/>
              <Option name="enabled" value="0" type="QString"/>
              <Option name="labelAnchorPoint" value="point_on_exterior" type="QString"/>
              <Option name="lineSymbol" value="&lt;symbol alpha=&quot;1&quot; force_rhr=&quot;0&quot; name=&quot;symbol&quot; clip_to_extent=&quot;1&quot; type=&quot;line&quot;>&lt;data_defined_properties>&lt;Option type=&quot;Map&quot;>&lt;Option name=&quot;name&quot; value=&quot;&quot; type=&quot;QString&quot;/>&lt;Option name=&quot;properties&quot;/>&lt;Option name=&quot;type&quot; value=&quot;collection&quot; type=&quot;QString&quot;/>&lt;/Option>&lt;/data_defined_properties>&lt;layer locked=&quot;0&quot; enabled=&quot;1&quot; pass=&quot;0&quot; class=&quot;SimpleLine&quot;>&lt;Option type=&quot;Map&quot;>&lt;Option name=&quot;align_dash_pattern&quot; value=&quot;0&quot; type=&quot;QString&quot;/>&lt;Option name=&quot;capstyle&quot; value=&quot;square&quot; type=&quot;QString&quot;/>&lt;Option name=&quot;customdash&quot; value=&quot;5;2&quot; type=&quot;QString&quot;/>&lt;Option name=&quot;customdash_map_unit_scale&quot; value=&quot;3x:0,0,0,0,0,0&quot; type=&quot;QString&quot;/>&lt;Option name=&quot;customdash_unit&quot; value=&quot;MM&quot; type=&quot;QString&quot;/>&lt;Option name=&quot;dash_pattern_offset&quot; value=&quot;0&quot; type=&quot;QString&quot;/>&lt;Option name=&quot;dash_pattern_offset_map_unit_scale&quot; value=&quot;3x:0,0,0,0,0,0&quot; type=&quot;QString&quot;/>&lt;Option name=&quot;dash_pattern_offset_unit&quot; value=&quot;MM&quot; type=&quot;QString&quot;/>&lt;Option name=&quot;draw_inside_polygon&quot; value=&quot;0&quot; type=&quot;QString&quot;/>&lt;Option name=&quot;joinstyle&quot; value=&quot;bevel&quot; type=&quot;QString&quot;/>&lt;Option name=&quot;line_color&quot; value=&quot;60,60,60,255&quot; type=&quot;QString&quot;/>&lt;Option name=&quot;line_style&quot; value=&quot;solid&quot; type=&quot;QString&quot;/>&lt;Option name=&quot;line_width&quot; value=&quot;0.3&quot; type=&quot;QString&quot;/>&lt;Option name=&quot;line_width_unit&quot; value=&quot;MM&quot; type=&quot;QString&quot;/>&lt;Option name=&quot;offset&quot; value=&quot;0&quot; type=&quot;QString&quot;/>&lt;Option name=&quot;offset_map_unit_scale&quot; value=&quot;3x:0,0,0,0,0,0&quot; type=&quot;QString&quot;/>&lt;Option name=&quot;offset_unit&quot; value=&quot;MM&quot; type=&quot;QString&quot;/>&lt;Option name=&quot;ring_filter&quot; value=&quot;0&quot; type=&quot;QString&quot;/>&lt;Option name=&quot;trim_distance_end&quot; value=&quot;0&quot; type=&quot;QString&quot;/>&lt;Option name=&quot;trim_distance_end_map_unit_scale&quot; value=&quot;3x:0,0,0,0,0,0&quot; type=&quot;QString&quot;/>&lt;Option name=&quot;trim_distance_end_unit&quot; value=&quot;MM&quot; type=&quot;QString&quot;/>&lt;Option name=&quot;trim_distance_start&quot; value=&quot;0&quot; type=&quot;QString&quot;/>&lt;Option name=&quot;trim_distance_start_map_unit_scale&quot; value=&quot;3x:0,0,0,0,0,0&quot; type=&quot;QString&quot;/>&lt;Option name=&quot;trim_distance_start_unit&quot; value=&quot;MM&quot; type=&quot;QString&quot;/>&lt;Option name=&quot;tweak_dash_pattern_on_corners&quot; value=&quot;0&quot; type=&quot;QString&quot;/>&lt;Option name=&quot;use_custom_dash&quot; value=&quot;0&quot; type=&quot;QString&quot;/>&lt;Option name=&quot;width_map_unit_scale&quot; value=&quot;3x:0,0,0,0,0,0&quot; type=&quot;QString&quot;/>&lt;/Option>&lt;prop v=&quot;0&quot; k=&quot;align_dash_pattern&quot;/>&lt;prop v=&quot;square&quot; k=&quot;capstyle&quot;/>&lt;prop v=&quot;5;2&quot; k=&quot;customdash&quot;/>&lt;prop v=&quot;3x:0,0,0,0,0,0&quot; k=&quot;customdash_map_unit_scale&quot;/>&lt;prop v=&quot;MM&quot; k=&quot;customdash_unit&quot;/>&lt;prop v=&quot;0&quot; k=&quot;dash_pattern_offset&quot;/>&lt;prop v=&quot;3x:0,0,0,0,0,0&quot; k=&quot;dash_pattern_offset_map_unit_scale&quot;/>&lt;prop v=&quot;MM&quot; k=&quot;dash_pattern_offset_unit&quot;/>&lt;prop v=&quot;0&quot; k=&quot;draw_inside_polygon&quot;/>&lt;prop v=&quot;bevel&quot; k=&quot;joinstyle&quot;/>&lt;prop v=&quot;60,60,60,255&quot; k=&quot;line_color&quot;/>&lt;prop v=&quot;solid&quot; k=&quot;line_style&quot;/>&lt;prop v=&quot;0.3&quot; k=&quot;line_width&quot;/>&lt;prop v=&quot;MM&quot; k=&quot;line_width_unit&quot;/>&lt;prop v=&quot;0&quot; k=&quot;offset&quot;/>&lt;prop v=&quot;3x:0,0,0,0,0,0&quot; k=&quot;offset_map_unit_scale&quot;/>&lt;prop v=&quot;MM&quot; k=&quot;offset_unit&quot;/>&lt;prop v=&quot;0&quot; k=&quot;ring_filter&quot;/>&lt;prop v=&quot;0&quot; k=&quot;trim_distance_end&quot;/>&lt;prop v=&quot;3x:0,0,0,0,0,0&quot; k=&quot;trim_distance_end_map_unit_scale&quot;/>&lt;prop v=&quot;MM&quot; k=&quot;trim_distance_end_unit&quot;/>&lt;prop v=&quot;0&quot; k=&quot;trim_distance_start&quot;/>&lt;prop v=&quot;3x:0,0,0,0,0,0&quot; k=&quot;trim_distance_start_map_unit_scale&quot;/>&lt;prop v=&quot;MM&quot; k=&quot;trim_distance_start_unit&quot;/>&lt;prop v=&quot;0&quot; k=&quot;tweak_dash_pattern_on_corners&quot;/>&lt;prop v=&quot;0&quot; k=&quot;use_custom_dash&quot;/>&lt;prop v=&quot;3x:0,0,0,0,0,0&quot; k=&quot;width_map_unit_scale&quot;/>&lt;data_defined_properties>&lt;Option type=&quot;Map&quot;>&lt;Option name=&quot;name&quot; value=&quot;&quot; type=&quot;QString&quot;/>&lt;Option name=&quot;properties&quot;/>&lt;Option name=&quot;type&quot; value=&quot;collection&quot; type=&quot;QString&quot;/>&lt;/Option>&lt;/data_defined_properties>&lt;/layer>&lt;/symbol>" type="QString"/>
              <Option name="minLength" value="0" type="double"/>
              <Option name="minLengthMapUnitScale" value="3x:0,0,0,0,0,0" type="QString"/>
              <Option name="minLengthUnit" value="MM" type="QString"/>
              <Option name="offsetFromAnchor" value="0" type="double"/>
              <Option name="offsetFromAnchorMapUnitScale" value="3x:0,0,0,0,0,0" type="QString"/>
              <Option name="offsetFromAnchorUnit" value="MM" type="QString"/>
              <Option name="offsetFromLabel" value="0" type="double"/>
              <Option name="offsetFromLabelMapUnitScale" value="3x:0,0,0,0,0,0" type="QString"/>
              <Option name="offsetFromLabelUnit" value="MM" type="QString"/>
            </Option>
          </callout>
        </settings>
      </rule>
      <rule key="{b0ebefd9-6667-41d1-a74c-62ed740ce2b7}" description="case code">
        <settings calloutType="simple">
          <text-style textOpacity="1" isExpression="0" blendMode="0" fontWordSpacing="0" legendString="Aa" fontSizeUnit="Point" fontItalic="0" fontUnderline="0" fontSizeMapUnitScale="3x:0,0,0,0,0,0" fieldName="code" namedStyle="" capitalization="0" fontSize="7.5" useSubstitutions="0" textColor="34,34,34,255" fontWeight="50" multilineHeight="1" fontKerning="1" fontStrikeout="0" textOrientation="horizontal" allowHtml="0" fontLetterSpacing="0" previewBkgrdColor="255,255,255,255" fontFamily="Noto Sans CJK SC">
            <families/>
            <text-buffer bufferSize="0.69999999999999996" bufferNoFill="1" bufferJoinStyle="128" bufferOpacity="0.84999999999999998" bufferSizeUnits="MM" bufferColor="255,255,255,255" bufferSizeMapUnitScale="3x:0,0,0,0,0,0" bufferBlendMode="0" bufferDraw="1"/>
            <text-mask maskSize="1.5" maskType="0" maskEnabled="0" maskSizeUnits="MM" maskSizeMapUnitScale="3x:0,0,0,0,0,0" maskOpacity="1" maskedSymbolLayers="" maskJoinStyle="128"/>
            <background shapeDraw="0" shapeBorderWidthMapUnitScale="3x:0,0,0,0,0,0" shapeSizeUnit="MM" shapeType="0" shapeSizeX="0" shapeBorderWidth="0" shapeRadiiUnit="MM" shapeRadiiY="0" shapeFillColor="255,255,255,255" shapeOffsetMapUnitScale="3x:0,0,0,0,0,0" shapeRadiiMapUnitScale="3x:0,0,0,0,0,0" shapeRotation="0" shapeBlendMode="0" shapeSizeMapUnitScale="3x:0,0,0,0,0,0" shapeSizeY="0" shapeOpacity="1" shapeBorderColor="128,128,128,255" shapeBorderWidthUnit="MM" shapeRadiiX="0" shapeJoinStyle="64" shapeOffsetY="0" shapeOffsetUnit="MM" shapeSizeType="0" shapeRotationType="0" shapeSVGFile="" shapeOffsetX="0">
              <symbol alpha="1" force_rhr="0" name="fillSymbol" clip_to_extent="1" type="fill">
                <data_defined_properties>
                  <Option type="Map">
                    <Option name="name" value="" type="QString"/>
                    <Option name="properties"/>
                    <Option name="type" value="collection" type="QString"/>
                  </Option>
                </data_defined_properties>
                <layer locked="0" enabled="1" pass="0" class="SimpleFill">
                  <Option type="Map">
                    <Option name="border_width_map_unit_scale" value="3x:0,0,0,0,0,0" type="QString"/>
                    <Option name="color" value="255,255,255,255" type="QString"/>
                    <Option name="joinstyle" value="bevel" type="QString"/>
                    <Option name="offset" value="0,0" type="QString"/>
                    <Option name="offset_map_unit_scale" value="3x:0,0,0,0,0,0" type="QString"/>
                    <Option name="offset_unit" value="MM" type="QString"/>
                    <Option name="outline_color" value="128,128,128,255" type="QString"/>
                    <Option name="outline_style" value="no" type="QString"/>
                    <Option name="outline_width" value="0" type="QString"/>
                    <Option name="outline_width_unit" value="MM" type="QString"/>
                    <Option name="style" value="solid" type="QString"/>
                  </Option>
                  <prop v="3x:0,0,0,0,0,0" k="border_width_map_unit_scale"/>
                  <prop v="255,255,255,255" k="color"/>
                  <prop v="bevel" k="joinstyle"/>
                  <prop v="0,0" k="offset"/>
                  <prop v="3x:0,0,0,0,0,0" k="offset_map_unit_scale"/>
                  <prop v="MM" k="offset_unit"/>
                  <prop v="128,128,128,255" k="outline_color"/>
                  <prop v="no" k="outline_style"/>
                  <prop v="0" k="outline_width"/>
                  <prop v="MM" k="outline_width_unit"/>
                  <prop v="solid" k="style"/>
                  <data_defined_properties>
                    <Option type="Map">
                      <Option name="name" value="" type="QString"/>
                      <Option name="properties"/>
                      <Option name="type" value="collection" type="QString"/>
                    </Option>
                  </data_defined_properties>
                </layer>
              </symbol>
            </background>
            <shadow shadowUnder="0" shadowColor="0,0,0,255" shadowOffsetMapUnitScale="3x:0,0,0,0,0,0" shadowOpacity="0.69999999999999996" shadowRadiusMapUnitScale="3x:0,0,0,0,0,0" shadowScale="100" shadowRadiusUnit="MM" shadowOffsetAngle="135" shadowOffsetDist="1" shadowBlendMode="6" shadowOffsetGlobal="1" shadowDraw="0" shadowRadius="1.5" shadowOffsetUnit="MM" shadowRadiusAlphaOnly="0"/>
            <dd_properties>
              <Option type="Map">
                <Option name="name" value="" type="QString"/>
                <Option name="properties"/>
                <Option name="type" value="collection" type="QString"/>
              </Option>
            </dd_properties>
            <substitutions/>
          </text-style>
          <text-format leftDirectionSymbol="&lt;" placeDirectionSymbol="0" formatNumbers="0" reverseDirectionSymbol="0" decimals="3" addDirectionSymbol="0" wrapChar="" plussign="0" autoWrapLength="0" multilineAlign="3" rightDirectionSymbol=">" useMaxLineLengthForAutoWrap="1"/>
          <placement overrunDistance="0" centroidInside="1" rotationAngle="0" placementFlags="10" fitInPolygonOnly="0" geometryGeneratorType="PointGeometry" distUnits="MM" polygonPlacementFlags="2" lineAnchorPercent="0.5" lineAnchorType="0" distMapUnitScale="3x:0,0,0,0,0,0" repeatDistanceMapUnitScale="3x:0,0,0,0,0,0" centroidWhole="0" lineAnchorClipping="0" predefinedPositionOrder="TR,TL,BR,BL,R,L,TSR,BSR" priority="10" repeatDistance="0" maxCurvedCharAngleOut="-25" preserveRotation="1" overrunDistanceMapUnitScale="3x:0,0,0,0,0,0" geometryGeneratorEnabled="0" geometryGenerator="" yOffset="0" rotationUnit="AngleDegrees" xOffset="0" quadOffset="4" placement="0" repeatDistanceUnits="MM" labelOffsetMapUnitScale="3x:0,0,0,0,0,0" dist="1.2" offsetType="0" offsetUnits="MM" maxCurvedCharAngleIn="25" overrunDistanceUnit="MM" layerType="UnknownGeometry"/>
          <rendering drawLabels="1" labelPerPart="0" obstacle="1" scaleVisibility="1" obstacleFactor="1" upsidedownLabels="0" zIndex="0" fontLimitPixelSize="0" scaleMin="0" unplacedVisibility="0" displayAll="0" fontMinPixelSize="0" limitNumLabels="0" mergeLines="0" minFeatureSize="0" obstacleType="1" fontMaxPixelSize="10000" maxNumLabels="2000" scaleMax="1000"/>
          <dd_properties>
            <Option type="Map">
              <Option name="name" value="" type="QString"/>
              <Option name="properties"/>
              <Option name="type" value="collection" type="QString"/>
            </Option>
          </dd_properties>
          <callout type="simple">
            <Option type="Map">
              <Option name="anchorPoint" value="pole_of_inaccessibility" type="QString"/>
              <Option name="blendMode" value="0" type="int"/>
              <Option name="ddProperties" type="Map">
                <Option name="name" value="" type="QString"/>
                <Option name="properties"/>
                <Option name="type" value="collection" type="QString"/>
              </Option>
              <Option name="drawToAllParts" value="false" type="bool"/>
              <Option name="enabled" value="0" type="QString"/>
              <Option name="labelAnchorPoint" value="point_on_exterior" type="QString"/>
              <Option name="lineSymbol" value="&lt;symbol alpha=&quot;1&quot; force_rhr=&quot;0&quot; name=&quot;symbol&quot; clip_to_extent=&quot;1&quot; type=&quot;line&quot;>&lt;data_defined_properties>&lt;Option type=&quot;Map&quot;>&lt;Option name=&quot;name&quot; value=&quot;&quot; type=&quot;QString&quot;/>&lt;Option name=&quot;properties&quot;/>&lt;Option name=&quot;type&quot; value=&quot;collection&quot; type=&quot;QString&quot;/>&lt;/Option>&lt;/data_defined_properties>&lt;layer locked=&quot;0&quot; enabled=&quot;1&quot; pass=&quot;0&quot; class=&quot;SimpleLine&quot;>&lt;Option type=&quot;Map&quot;>&lt;Option name=&quot;align_dash_pattern&quot; value=&quot;0&quot; type=&quot;QString&quot;/>&lt;Option name=&quot;capstyle&quot; value=&quot;square&quot; type=&quot;QString&quot;/>&lt;Option name=&quot;customdash&quot; value=&quot;5;2&quot; type=&quot;QString&quot;/>&lt;Option name=&quot;customdash_map_unit_scale&quot; value=&quot;3x:0,0,0,0,0,0&quot; type=&quot;QString&quot;/>&lt;Option name=&quot;customdash_unit&quot; value=&quot;MM&quot; type=&quot;QString&quot;/>&lt;Option name=&quot;dash_pattern_offset&quot; value=&quot;0&quot; type=&quot;QString&quot;/>&lt;Option name=&quot;dash_pattern_offset_map_unit_scale&quot; value=&quot;3x:0,0,0,0,0,0&quot; type=&quot;QString&quot;/>&lt;Option name=&quot;dash_pattern_offset_unit&quot; value=&quot;MM&quot; type=&quot;QString&quot;/>&lt;Option name=&quot;draw_inside_polygon&quot; value=&quot;0&quot; type=&quot;QString&quot;/>&lt;Option name=&quot;joinstyle&quot; value=&quot;bevel&quot; type=&quot;QString&quot;/>&lt;Option name=&quot;line_color&quot; value=&quot;60,60,60,255&quot; type=&quot;QString&quot;/>&lt;Option name=&quot;line_style&quot; value=&quot;solid&quot; type=&quot;QString&quot;/>&lt;Option name=&quot;line_width&quot; value=&quot;0.3&quot; type=&quot;QString&quot;/>&lt;Option name=&quot;line_width_unit&quot; value=&quot;MM&quot; type=&quot;QString&quot;/>&lt;Option name=&quot;offset&quot; value=&quot;0&quot; type=&quot;QString&quot;/>&lt;Option name=&quot;offset_map_unit_scale&quot; value=&quot;3x:0,0,0,0,0,0&quot; type=&quot;QString&quot;/>&lt;Option name=&quot;offset_unit&quot; value=&quot;MM&quot; type=&quot;QString&quot;/>&lt;Option name=&quot;ring_filter&quot; value=&quot;0&quot; type=&quot;QString&quot;/>&lt;Option name=&quot;trim_distance_end&quot; value=&quot;0&quot; type=&quot;QString&quot;/>&lt;Option name=&quot;trim_distance_end_map_unit_scale&quot; value=&quot;3x:0,0,0,0,0,0&quot; type=&quot;QString&quot;/>&lt;Option name=&quot;trim_distance_end_unit&quot; value=&quot;MM&quot; type=&quot;QString&quot;/>&lt;Option name=&quot;trim_distance_start&quot; value=&quot;0&quot; type=&quot;QString&quot;/>&lt;Option name=&quot;trim_distance_start_map_unit_scale&quot; value=&quot;3x:0,0,0,0,0,0&quot; type=&quot;QString&quot;/>&lt;Option name=&quot;trim_distance_start_unit&quot; value=&quot;MM&quot; type=&quot;QString&quot;/>&lt;Option name=&quot;tweak_dash_pattern_on_corners&quot; value=&quot;0&quot; type=&quot;QString&quot;/>&lt;Option name=&quot;use_custom_dash&quot; value=&quot;0&quot; type=&quot;QString&quot;/>&lt;Option name=&quot;width_map_unit_scale&quot; value=&quot;3x:0,0,0,0,0,0&quot; type=&quot;QString&quot;/>&lt;/Option>&lt;prop v=&quot;0&quot; k=&quot;align_dash_pattern&quot;/>&lt;prop v=&quot;square&quot; k=&quot;capstyle&quot;/>&lt;prop v=&quot;5;2&quot; k=&quot;customdash&quot;/>&lt;prop v=&quot;3x:0,0,0,0,0,0&quot; k=&quot;customdash_map_unit_scale&quot;/>&lt;prop v=&quot;MM&quot; k=&quot;customdash_unit&quot;/>&lt;prop v=&quot;0&quot; k=&quot;dash_pattern_offset&quot;/>&lt;prop v=&quot;3x:0,0,0,0,0,0&quot; k=&quot;dash_pattern_offset_map_unit_scale&quot;/>&lt;prop v=&quot;MM&quot; k=&quot;dash_pattern_offset_unit&quot;/>&lt;prop v=&quot;0&quot; k=&quot;draw_inside_polygon&quot;/>&lt;prop v=&quot;bevel&quot; k=&quot;joinstyle&quot;/>&lt;prop v=&quot;60,60,60,255&quot; k=&quot;line_color&quot;/>&lt;prop v=&quot;solid&quot; k=&quot;line_style&quot;/>&lt;prop v=&quot;0.3&quot; k=&quot;line_width&quot;/>&lt;prop v=&quot;MM&quot; k=&quot;line_width_unit&quot;/>&lt;prop v=&quot;0&quot; k=&quot;offset&quot;/>&lt;prop v=&quot;3x:0,0,0,0,0,0&quot; k=&quot;offset_map_unit_scale&quot;/>&lt;prop v=&quot;MM&quot; k=&quot;offset_unit&quot;/>&lt;prop v=&quot;0&quot; k=&quot;ring_filter&quot;/>&lt;prop v=&quot;0&quot; k=&quot;trim_distance_end&quot;/>&lt;prop v=&quot;3x:0,0,0,0,0,0&quot; k=&quot;trim_distance_end_map_unit_scale&quot;/>&lt;prop v=&quot;MM&quot; k=&quot;trim_distance_end_unit&quot;/>&lt;prop v=&quot;0&quot; k=&quot;trim_distance_start&quot;/>&lt;prop v=&quot;3x:0,0,0,0,0,0&quot; k=&quot;trim_distance_start_map_unit_scale&quot;/>&lt;prop v=&quot;MM&quot; k=&quot;trim_distance_start_unit&quot;/>&lt;prop v=&quot;0&quot; k=&quot;tweak_dash_pattern_on_corners&quot;/>&lt;prop v=&quot;0&quot; k=&quot;use_custom_dash&quot;/>&lt;prop v=&quot;3x:0,0,0,0,0,0&quot; k=&quot;width_map_unit_scale&quot;/>&lt;data_defined_properties>&lt;Option type=&quot;Map&quot;>&lt;Option name=&quot;name&quot; value=&quot;&quot; type=&quot;QString&quot;/>&lt;Option name=&quot;properties&quot;/>&lt;Option name=&quot;type&quot; value=&quot;collection&quot; type=&quot;QString&quot;/>&lt;/Option>&lt;/data_defined_properties>&lt;/layer>&lt;/symbol>" type="QString"/>
              <Option name="minLength" value="0" type="double"/>
              <Option name="minLengthMapUnitScale" value="3x:0,0,0,0,0,0" type="QString"/>
              <Option name="minLengthUnit" value="MM" type="QString"/>
              <Option name="offsetFromAnchor" value="0" type="double"/>
              <Option name="offsetFromAnchorMapUnitScale" value="3x:0,0,0,0,0,0" type="QString"/>
              <Option name="offsetFromAnchorUnit" value="MM" type="QString"/>
              <Option name="offsetFromLabel" value="0" type="double"/>
              <Option name="offsetFromLabelMapUnitScale" value="3x:0,0,0,0,0,0" type="QString"/>
              <Option name="offsetFromLabelUnit" value="MM" type="QString"/>
            </Option>
          </callout>
        </settings>
      </rule>
    </rules>
  </labeling>
  <blendMode>0</blendMode>
  <featureBlendMode>0</featureBlendMode>
  <layerOpacity>1</layerOpacity>
  <fieldConfiguration>
    <field configurationFlags="None" name="id"/>
    <field configurationFlags="None" name="code"/>
    <field configurationFlags="None" name="source"/>
    <field configurationFlags="None" name="kind"/>
    <field configurationFlags="None" name="class_code"/>
    <field configurationFlags="None" name="description"/>
    <field configurationFlags="None" name="address"/>
    <field configurationFlags="None" name="urgent"/>
    <field configurationFlags="None" name="component_code"/>
    <field configurationFlags="None" name="x"/>
    <field configurationFlags="None" name="y"/>
    <field configurationFlags="None" name="grid_code"/>
    <field configurationFlags="None" name="community_code"/>
    <field configurationFlags="None" name="street_code"/>
    <field configurationFlags="None" name="district_code"/>
    <field configurationFlags="None" name="level"/>
    <field configurationFlags="None" name="state"/>
    <field configurationFlags="None" name="reporter"/>
    <field configurationFlags="None" name="inspector"/>
    <field configurationFlags="None" name="department_code"/>
    <field configurationFlags="None" name="suggested_department_code"/>
    <field configurationFlags="None" name="last_department_code"/>
    <field configurationFlags="None" name="stage"/>
    <field configurationFlags="None" name="stage_started_at"/>
    <field configurationFlags="None" name="deadline"/>
    <field configurationFlags="None" name="paused_at"/>
    <field configurationFlags="None" name="postponement_until"/>
    <field configurationFlags="None" name="verification_result"/>
    <field configurationFlags="None" name="check_result"/>
    <field configurationFlags="None" name="close_type"/>
    <field configurationFlags="None" name="rework_count"/>
    <field configurationFlags="None" name="return_count"/>
    <field configurationFlags="None" name="urge_count"/>
    <field configurationFlags="None" name="postpone_count"/>
    <field configurationFlags="None" name="registered_at"/>
    <field configurationFlags="None" name="accepted_at"/>
    <field configurationFlags="None" name="accept_late"/>
    <field configurationFlags="None" name="filed_at"/>
    <field configurationFlags="None" name="verify_late"/>
    <field configurationFlags="None" name="dispatched_at"/>
    <field configurationFlags="None" name="dispatch_late"/>
    <field configurationFlags="None" name="handle_deadline"/>
    <field configurationFlags="None" name="handled_at"/>
    <field configurationFlags="None" name="handle_late"/>
    <field configurationFlags="None" name="check_late"/>
    <field configurationFlags="None" name="closed_at"/>
    <field configurationFlags="None" name="updated_at"/>
    <field configurationFlags="None" name="version"/>
    <field configurationFlags="None" name="light"/>
  </fieldConfiguration>
  <aliases>
    <alias field="id" name="" index="0"/>
    <alias field="code" name="" index="1"/>
    <alias field="source" name="" index="2"/>
    <alias field="kind" name="" index="3"/>
    <alias field="class_code" name="" index="4"/>
    <alias field="description" name="" index="5"/>
    <alias field="address" name="" index="6"/>
    <alias field="urgent" name="" index="7"/>
    <alias field="component_code" name="" index="8"/>
    <alias field="x" name="" index="9"/>
    <alias field="y" name="" index="10"/>
    <alias field="grid_code" name="" index="11"/>
    <alias field="community_code" name="" index="12"/>
    <alias field="street_code" name="" index="13"/>
    <alias field="district_code" name="" index="14"/>
    <alias field="level" name="" index="15"/>
    <alias field="state" name="" index="16"/>
    <alias field="reporter" name="" index="17"/>
    <alias field="inspector" name="" index="18"/>
    <alias field="department_code" name="" index="19"/>
    <alias field="suggested_department_code" name="" index="20"/>
    <alias field="last_department_code" name="" index="21"/>
    <alias field="stage" name="" index="22"/>
    <alias field="stage_started_at" name="" index="23"/>
    <alias field="deadline" name="" index="24"/>
    <alias field="paused_at" name="" index="25"/>
    <alias field="postponement_until" name="" index="26"/>
    <alias field="verification_result" name="" index="27"/>
    <alias field="check_result" name="" index="28"/>
    <alias field="close_type" name="" index="29"/>
    <alias field="rework_count" name="" index="30"/>
    <alias field="return_count" name="" index="31"/>
    <alias field="urge_count" name="" index="32"/>
    <alias field="postpone_count" name="" index="33"/>
    <alias field="registered_at" name="" index="34"/>
    <alias field="accepted_at" name="" index="35"/>
    <alias field="accept_late" name="" index="36"/>
    <alias field="filed_at" name="" index="37"/>
    <alias field="verify_late" name="" index="38"/>
    <alias field="dispatched_at" name="" index="39"/>
    <alias field="dispatch_late" name="" index="40"/>
    <alias field="handle_deadline" name="" index="41"/>
    <alias field="handled_at" name="" index="42"/>
    <alias field="handle_late" name="" index="43"/>
    <alias field="check_late" name="" index="44"/>
    <alias field="closed_at" name="" index="45"/>
    <alias field="updated_at" name="" index="46"/>
    <alias field="version" name="" index="47"/>
    <alias field="light" name="" index="48"/>
  </aliases>
  <defaults>
    <default field="id" applyOnUpdate="0" expression=""/>
    <default field="code" applyOnUpdate="0" expression=""/>
    <default field="source" applyOnUpdate="0" expression=""/>
    <default field="kind" applyOnUpdate="0" expression=""/>
    <default field="class_code" applyOnUpdate="0" expression=""/>
    <default field="description" applyOnUpdate="0" expression=""/>
    <default field="address" applyOnUpdate="0" expression=""/>
    <default field="urgent" applyOnUpdate="0" expression=""/>
    <default field="component_code" applyOnUpdate="0" expression=""/>
    <default field="x" applyOnUpdate="0" expression=""/>
    <default field="y" applyOnUpdate="0" expression=""/>
    <default field="grid_code" applyOnUpdate="0" expression=""/>
    <default field="community_code" applyOnUpdate="0" expression=""/>
    <default field="street_code" applyOnUpdate="0" expression=""/>
    <default field="district_code" applyOnUpdate="0" expression=""/>
    <default field="level" applyOnUpdate="0" expression=""/>
    <default field="state" applyOnUpdate="0" expression=""/>
    <default field="reporter" applyOnUpdate="0" expression=""/>
    <default field="inspector" applyOnUpdate="0" expression=""/>
    <default field="department_code" applyOnUpdate="0" expression=""/>
    <default field="suggested_department_code" applyOnUpdate="0" expression=""/>
    <default field="last_department_code" applyOnUpdate="0" expression=""/>
    <default field="stage" applyOnUpdate="0" expression=""/>
    <default field="stage_started_at" applyOnUpdate="0" expression=""/>
    <default field="deadline" applyOnUpdate="0" expression=""/>
    <default field="paused_at" applyOnUpdate="0" expression=""/>
    <default field="postponement_until" applyOnUpdate="0" expression=""/>
    <default field="verification_result" applyOnUpdate="0" expression=""/>
    <default field="check_result" applyOnUpdate="0" expression=""/>
    <default field="close_type" applyOnUpdate="0" expression=""/>
    <default field="rework_count" applyOnUpdate="0" expression=""/>
    <default field="return_count" applyOnUpdate="0" expression=""/>
    <default field="urge_count" applyOnUpdate="0" expression=""/>
    <default field="postpone_count" applyOnUpdate="0" expression=""/>
    <default field="registered_at" applyOnUpdate="0" expression=""/>
    <default field="accepted_at" applyOnUpdate="0" expression=""/>
    <default field="accept_late" applyOnUpdate="0" expression=""/>
    <default field="filed_at" applyOnUpdate="0" expression=""/>
    <default field="verify_late" applyOnUpdate="0" expression=""/>
    <default field="dispatched_at" applyOnUpdate="0" expression=""/>
    <default field="dispatch_late" applyOnUpdate="0" expression=""/>
    <default field="handle_deadline" applyOnUpdate="0" expression=""/>
    <default field="handled_at" applyOnUpdate="0" expression=""/>
    <default field="handle_late" applyOnUpdate="0" expression=""/>
    <default field="check_late" applyOnUpdate="0" expression=""/>
    <default field="closed_at" applyOnUpdate="0" expression=""/>
    <default field="updated_at" applyOnUpdate="0" expression=""/>
    <default field="version" applyOnUpdate="0" expression=""/>
    <default field="light" applyOnUpdate="0" expression=""/>
  </defaults>
  <constraints>
    <constraint notnull_strength="0" field="id" constraints="0" exp_strength="0" unique_strength="0"/>
    <constraint notnull_strength="0" field="code" constraints="0" exp_strength="0" unique_strength="0"/>
    <constraint notnull_strength="0" field="source" constraints="0" exp_strength="0" unique_strength="0"/>
    <constraint notnull_strength="0" field="kind" constraints="0" exp_strength="0" unique_strength="0"/>
    <constraint notnull_strength="0" field="class_code" constraints="0" exp_strength="0" unique_strength="0"/>
    <constraint notnull_strength="0" field="description" constraints="0" exp_strength="0" unique_strength="0"/>
    <constraint notnull_strength="0" field="address" constraints="0" exp_strength="0" unique_strength="0"/>
    <constraint notnull_strength="0" field="urgent" constraints="0" exp_strength="0" unique_strength="0"/>
    <constraint notnull_strength="0" field="component_code" constraints="0" exp_strength="0" unique_strength="0"/>
    <constraint notnull_strength="0" field="x" constraints="0" exp_strength="0" unique_strength="0"/>
    <constraint notnull_strength="0" field="y" constraints="0" exp_strength="0" unique_strength="0"/>
    <constraint notnull_strength="0" field="grid_code" constraints="0" exp_strength="0" unique_strength="0"/>
    <constraint notnull_strength="0" field="community_code" constraints="0" exp_strength="0" unique_strength="0"/>
    <constraint notnull_strength="0" field="street_code" constraints="0" exp_strength="0" unique_strength="0"/>
    <constraint notnull_strength="0" field="district_code" constraints="0" exp_strength="0" unique_strength="0"/>
    <constraint notnull_strength="0" field="level" constraints="0" exp_strength="0" unique_strength="0"/>
    <constraint notnull_strength="0" field="state" constraints="0" exp_strength="0" unique_strength="0"/>
    <constraint notnull_strength="0" field="reporter" constraints="0" exp_strength="0" unique_strength="0"/>
    <constraint notnull_strength="0" field="inspector" constraints="0" exp_strength="0" unique_strength="0"/>
    <constraint notnull_strength="0" field="department_code" constraints="0" exp_strength="0" unique_strength="0"/>
    <constraint notnull_strength="0" field="suggested_department_code" constraints="0" exp_strength="0" unique_strength="0"/>
    <constraint notnull_strength="0" field="last_department_code" constraints="0" exp_strength="0" unique_strength="0"/>
    <constraint notnull_strength="0" field="stage" constraints="0" exp_strength="0" unique_strength="0"/>
    <constraint notnull_strength="0" field="stage_started_at" constraints="0" exp_strength="0" unique_strength="0"/>
    <constraint notnull_strength="0" field="deadline" constraints="0" exp_strength="0" unique_strength="0"/>
    <constraint notnull_strength="0" field="paused_at" constraints="0" exp_strength="0" unique_strength="0"/>
    <constraint notnull_strength="0" field="postponement_until" constraints="0" exp_strength="0" unique_strength="0"/>
    <constraint notnull_strength="0" field="verification_result" constraints="0" exp_strength="0" unique_strength="0"/>
    <constraint notnull_strength="0" field="check_result" constraints="0" exp_strength="0" unique_strength="0"/>
    <constraint notnull_strength="0" field="close_type" constraints="0" exp_strength="0" unique_strength="0"/>
    <constraint notnull_strength="0" field="rework_count" constraints="0" exp_strength="0" unique_strength="0"/>
    <constraint notnull_strength="0" field="return_count" constraints="0" exp_strength="0" unique_strength="0"/>
    <constraint notnull_strength="0" field="urge_count" constraints="0" exp_strength="0" unique_strength="0"/>
    <constraint notnull_strength="0" field="postpone_count" constraints="0" exp_strength="0" unique_strength="0"/>
    <constraint notnull_strength="0" field="registered_at" constraints="0" exp_strength="0" unique_strength="0"/>
    <constraint notnull_strength="0" field="accepted_at" constraints="0" exp_strength="0" unique_strength="0"/>
    <constraint notnull_strength="0" field="accept_late" constraints="0" exp_strength="0" unique_strength="0"/>
    <constraint notnull_strength="0" field="filed_at" constraints="0" exp_strength="0" unique_strength="0"/>
    <constraint notnull_strength="0" field="verify_late" constraints="0" exp_strength="0" unique_strength="0"/>
    <constraint notnull_strength="0" field="dispatched_at" constraints="0" exp_strength="0" unique_strength="0"/>
    <constraint notnull_strength="0" field="dispatch_late" constraints="0" exp_strength="0" unique_strength="0"/>
    <constraint notnull_strength="0" field="handle_deadline" constraints="0" exp_strength="0" unique_strength="0"/>
    <constraint notnull_strength="0" field="handled_at" constraints="0" exp_strength="0" unique_strength="0"/>
    <constraint notnull_strength="0" field="handle_late" constraints="0" exp_strength="0" unique_strength="0"/>
    <constraint notnull_strength="0" field="check_late" constraints="0" exp_strength="0" unique_strength="0"/>
    <constraint notnull_strength="0" field="closed_at" constraints="0" exp_strength="0" unique_strength="0"/>
    <constraint notnull_strength="0" field="updated_at" constraints="0" exp_strength="0" unique_strength="0"/>
    <constraint notnull_strength="0" field="version" constraints="0" exp_strength="0" unique_strength="0"/>
    <constraint notnull_strength="0" field="light" constraints="0" exp_strength="0" unique_strength="0"/>
  </constraints>
  <constraintExpressions>
    <constraint field="id" exp="" desc=""/>
    <constraint field="code" exp="" desc=""/>
    <constraint field="source" exp="" desc=""/>
    <constraint field="kind" exp="" desc=""/>
    <constraint field="class_code" exp="" desc=""/>
    <constraint field="description" exp="" desc=""/>
    <constraint field="address" exp="" desc=""/>
    <constraint field="urgent" exp="" desc=""/>
    <constraint field="component_code" exp="" desc=""/>
    <constraint field="x" exp="" desc=""/>
    <constraint field="y" exp="" desc=""/>
    <constraint field="grid_code" exp="" desc=""/>
    <constraint field="community_code" exp="" desc=""/>
    <constraint field="street_code" exp="" desc=""/>
    <constraint field="district_code" exp="" desc=""/>
    <constraint field="level" exp="" desc=""/>
    <constraint field="state" exp="" desc=""/>
    <constraint field="reporter" exp="" desc=""/>
    <constraint field="inspector" exp="" desc=""/>
    <constraint field="department_code" exp="" desc=""/>
    <constraint field="suggested_department_code" exp="" desc=""/>
    <constraint field="last_department_code" exp="" desc=""/>
    <constraint field="stage" exp="" desc=""/>
    <constraint field="stage_started_at" exp="" desc=""/>
    <constraint field="deadline" exp="" desc=""/>
    <constraint field="paused_at" exp="" desc=""/>
    <constraint field="postponement_until" exp="" desc=""/>
    <constraint field="verification_result" exp="" desc=""/>
    <constraint field="check_result" exp="" desc=""/>
    <constraint field="close_type" exp="" desc=""/>
    <constraint field="rework_count" exp="" desc=""/>
    <constraint field="return_count" exp="" desc=""/>
    <constraint field="urge_count" exp="" desc=""/>
    <constraint field="postpone_count" exp="" desc=""/>
    <constraint field="registered_at" exp="" desc=""/>
    <constraint field="accepted_at" exp="" desc=""/>
    <constraint field="accept_late" exp="" desc=""/>
    <constraint field="filed_at" exp="" desc=""/>
    <constraint field="verify_late" exp="" desc=""/>
    <constraint field="dispatched_at" exp="" desc=""/>
    <constraint field="dispatch_late" exp="" desc=""/>
    <constraint field="handle_deadline" exp="" desc=""/>
    <constraint field="handled_at" exp="" desc=""/>
    <constraint field="handle_late" exp="" desc=""/>
    <constraint field="check_late" exp="" desc=""/>
    <constraint field="closed_at" exp="" desc=""/>
    <constraint field="updated_at" exp="" desc=""/>
    <constraint field="version" exp="" desc=""/>
    <constraint field="light" exp="" desc=""/>
  </constraintExpressions>
  <expressionfields>
    <field comment="" name="light" length="8" typeName="string" expression="CASE&#xa; WHEN &quot;state&quot; IN ('closed', 'rejected', 'cancelled', 'suspended') OR &quot;deadline&quot; IS NULL THEN NULL&#xa; WHEN if(@console_now_ms IS NULL, 2 * epoch(now()) - (day(to_date(now()) - to_date('1970-01-01')) * 86400 + hour(now()) * 3600 + minute(now()) * 60 + second(now())) * 1000, @console_now_ms) > epoch(&quot;deadline&quot;) THEN 'red'&#xa; WHEN if(@console_now_ms IS NULL, 2 * epoch(now()) - (day(to_date(now()) - to_date('1970-01-01')) * 86400 + hour(now()) * 3600 + minute(now()) * 60 + second(now())) * 1000, @console_now_ms) > 0.2 * epoch(&quot;stage_started_at&quot;) + 0.8 * epoch(&quot;deadline&quot;) THEN 'yellow'&#xa; ELSE 'green'&#xa;END" subType="0" precision="0" type="10"/>
  </expressionfields>
  <mapTip></mapTip>
  <layerGeometryType>0</layerGeometryType>
</qgis>
