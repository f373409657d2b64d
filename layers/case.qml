<!DOCTYPE qgis PUBLIC 'http://mrcc.com/qgis.dtd' 'SYSTEM'>
<qgis minScale="100000000" maxScale="0" simplifyAlgorithm="0" simplifyMaxScale="1" simplifyDrawingHints="1" styleCategories="Symbology|Labeling|Fields|MapTips|Rendering" simplifyLocal="1" version="3.22.16-Białowieża" hasScaleBasedVisibilityFlag="0" simplifyDrawingTol="1" labelsEnabled="1" symbologyReferenceScale="-1">
  <renderer-v2 referencescale="-1" type="pointCluster" toleranceUnitScale="3x:0,0,0,0,0,0" symbollevels="0" tolerance="8" enableorderby="1" forceraster="0" toleranceUnit="MM">
    <renderer-v2 referencescale="-1" type="RuleRenderer" symbollevels="0" enableorderby="0" forceraster="0">
      <rules key="{0a9fa461-e824-4984-9f51-f37c55d543b2}">
        <rule label="Pins (street scale)" key="{0d751148-8370-498d-a76e-6aabf39e9033}" description="street scale: shape = stage, colour = deadline light" scalemaxdenom="25000">
          <rule label="Awaiting acceptance" key="{8c6b9ab0-a60f-44df-afd7-d0ebeb30159a}" filter="&quot;state&quot; IN ('reported', 'verifying', 'adjudicating')" description="受理 (登记/核实/值班长)" scalemaxdenom="25000">
            <rule label="Due soon" key="{8af78459-f0ae-4ce5-84ac-f705d6119c50}" symbol="0" filter="&quot;light&quot; = 'yellow'" description="将到期 (>80%)" scalemaxdenom="25000"/>
            <rule label="On time" key="{61d09143-c4f3-45cb-a175-a586caaf8635}" symbol="1" filter="&quot;light&quot; IS NULL OR &quot;light&quot; = 'green'" description="正常" scalemaxdenom="25000"/>
          </rule>
          <rule label="Awaiting dispatch" key="{a3106a31-3cae-4a5f-aff3-ede2c76cdf4d}" filter="&quot;state&quot; IN ('filed')" description="待派遣" scalemaxdenom="25000">
            <rule label="Due soon" key="{8f7346eb-7d85-4fe5-a3e3-17eb6e77ad99}" symbol="2" filter="&quot;light&quot; = 'yellow'" description="将到期 (>80%)" scalemaxdenom="25000"/>
            <rule label="On time" key="{285b9abf-8461-4804-9d96-53540f267f5e}" symbol="3" filter="&quot;light&quot; IS NULL OR &quot;light&quot; = 'green'" description="正常" scalemaxdenom="25000"/>
          </rule>
          <rule label="With a department" key="{581fcca8-3050-4822-96e2-fdb836eb2dfe}" filter="&quot;state&quot; IN ('dispatched', 'handled')" description="处置/处置反馈" scalemaxdenom="25000">
            <rule label="Due soon" key="{24274baa-f636-4fee-a4d3-fbd647df61e7}" symbol="4" filter="&quot;light&quot; = 'yellow'" description="将到期 (>80%)" scalemaxdenom="25000"/>
            <rule label="On time" key="{dfa01e6a-8d34-4e7c-85bd-bf8b4ff11756}" symbol="5" filter="&quot;light&quot; IS NULL OR &quot;light&quot; = 'green'" description="正常" scalemaxdenom="25000"/>
          </rule>
          <rule label="Under inspection" key="{926377a9-2a39-47bc-b19f-6def26040eae}" filter="&quot;state&quot; IN ('awaiting_check', 'checking', 'arbitrating')" description="核查 (待核查/核查中/结案仲裁)" scalemaxdenom="25000">
            <rule label="Due soon" key="{72dc703d-e6cd-4020-afeb-c83ad30637b7}" symbol="6" filter="&quot;light&quot; = 'yellow'" description="将到期 (>80%)" scalemaxdenom="25000"/>
            <rule label="On time" key="{6f1d5e4b-054b-4051-b2ec-353d6ae5ba40}" symbol="7" filter="&quot;light&quot; IS NULL OR &quot;light&quot; = 'green'" description="正常" scalemaxdenom="25000"/>
          </rule>
          <rule label="Suspended" key="{301f0834-d0e8-497e-ae85-40e5d19d1cfb}" symbol="8" filter="&quot;state&quot; = 'suspended'" description="挂账" scalemaxdenom="25000"/>
          <rule label="Closed, rejected or cancelled" key="{ed1ab0a5-f7cc-4a13-8c43-8c2322354a94}" symbol="9" filter="&quot;state&quot; IN ('closed', 'rejected', 'cancelled', 'merged')" description="已结案/不受理/作废" scalemaxdenom="25000"/>
        </rule>
        <rule label="Dots and clusters (city scale)" key="{9979a6a0-bfad-4ce5-adff-ef883b9206a1}" description="city scale: open cases blue (overdue ones: the overdue layer)" scalemindenom="25000">
          <rule label="Closed, rejected or cancelled" key="{b9c131a4-f153-4ac7-afa6-84d628d11b56}" symbol="10" filter="&quot;state&quot; IN ('closed', 'rejected', 'cancelled', 'merged')" description="已结案/不受理/作废" scalemindenom="25000"/>
          <rule label="Open, not overdue" key="{7197aeeb-3f7c-43d4-8e5f-504857b82eab}" symbol="11" filter="&quot;light&quot; IS NULL OR &quot;light&quot; &lt;> 'red'" description="未超期" scalemindenom="25000"/>
        </rule>
      </rules>
      <symbols>
        <symbol alpha="1" force_rhr="0" type="marker" name="0" clip_to_extent="1">
          <data_defined_properties>
            <Option type="Map">
              <Option value="" type="QString" name="name"/>
              <Option name="properties"/>
              <Option value="collection" type="QString" name="type"/>
            </Option>
          </data_defined_properties>
          <layer enabled="1" locked="0" pass="0" class="SimpleMarker">
            <Option type="Map">
              <Option value="0" type="QString" name="angle"/>
              <Option value="square" type="QString" name="cap_style"/>
              <Option value="242,169,0,255" type="QString" name="color"/>
              <Option value="1" type="QString" name="horizontal_anchor_point"/>
              <Option value="bevel" type="QString" name="joinstyle"/>
              <Option value="circle" type="QString" name="name"/>
              <Option value="0,0" type="QString" name="offset"/>
              <Option value="3x:0,0,0,0,0,0" type="QString" name="offset_map_unit_scale"/>
              <Option value="MM" type="QString" name="offset_unit"/>
              <Option value="255,255,255,255" type="QString" name="outline_color"/>
              <Option value="solid" type="QString" name="outline_style"/>
              <Option value="0.5" type="QString" name="outline_width"/>
              <Option value="3x:0,0,0,0,0,0" type="QString" name="outline_width_map_unit_scale"/>
              <Option value="MM" type="QString" name="outline_width_unit"/>
              <Option value="diameter" type="QString" name="scale_method"/>
              <Option value="4.2" type="QString" name="size"/>
              <Option value="3x:0,0,0,0,0,0" type="QString" name="size_map_unit_scale"/>
              <Option value="MM" type="QString" name="size_unit"/>
              <Option value="1" type="QString" name="vertical_anchor_point"/>
            </Option>
            <prop k="angle" v="0"/>
            <prop k="cap_style" v="square"/>
            <prop k="color" v="242,169,0,255"/>
            <prop k="horizontal_anchor_point" v="1"/>
            <prop k="joinstyle" v="bevel"/>
            <prop k="name" v="circle"/>
            <prop k="offset" v="0,0"/>
            <prop k="offset_map_unit_scale" v="3x:0,0,0,0,0,0"/>
            <prop k="offset_unit" v="MM"/>
            <prop k="outline_color" v="255,255,255,255"/>
            <prop k="outline_style" v="solid"/>
            <prop k="outline_width" v="0.5"/>
            <prop k="outline_width_map_unit_scale" v="3x:0,0,0,0,0,0"/>
            <prop k="outline_width_unit" v="MM"/>
            <prop k="scale_method" v="diameter"/>
            <prop k="size" v="4.2"/>
            <prop k="size_map_unit_scale" v="3x:0,0,0,0,0,0"/>
            <prop k="size_unit" v="MM"/>
            <prop k="vertical_anchor_point" v="1"/>
            <data_defined_properties>
              <Option type="Map">
                <Option value="" type="QString" name="name"/>
                <Option name="properties"/>
                <Option value="collection" type="QString" name="type"/>
              </Option>
            </data_defined_properties>
          </layer>
        </symbol>
        <symbol alpha="1" force_rhr="0" type="marker" name="1" clip_to_extent="1">
          <data_defined_properties>
            <Option type="Map">
              <Option value="" type="QString" name="name"/>
              <Option name="properties"/>
              <Option value="collection" type="QString" name="type"/>
            </Option>
          </data_defined_properties>
          <layer enabled="1" locked="0" pass="0" class="SimpleMarker">
            <Option type="Map">
              <Option value="0" type="QString" name="angle"/>
              <Option value="square" type="QString" name="cap_style"/>
              <Option value="35,163,71,255" type="QString" name="color"/>
              <Option value="1" type="QString" name="horizontal_anchor_point"/>
              <Option value="bevel" type="QString" name="joinstyle"/>
              <Option value="circle" type="QString" name="name"/>
              <Option value="0,0" type="QString" name="offset"/>
              <Option value="3x:0,0,0,0,0,0" type="QString" name="offset_map_unit_scale"/>
              <Option value="MM" type="QString" name="offset_unit"/>
              <Option value="255,255,255,255" type="QString" name="outline_color"/>
              <Option value="solid" type="QString" name="outline_style"/>
              <Option value="0.5" type="QString" name="outline_width"/>
              <Option value="3x:0,0,0,0,0,0" type="QString" name="outline_width_map_unit_scale"/>
              <Option value="MM" type="QString" name="outline_width_unit"/>
              <Option value="diameter" type="QString" name="scale_method"/>
              <Option value="4.2" type="QString" name="size"/>
              <Option value="3x:0,0,0,0,0,0" type="QString" name="size_map_unit_scale"/>
              <Option value="MM" type="QString" name="size_unit"/>
              <Option value="1" type="QString" name="vertical_anchor_point"/>
            </Option>
            <prop k="angle" v="0"/>
            <prop k="cap_style" v="square"/>
            <prop k="color" v="35,163,71,255"/>
            <prop k="horizontal_anchor_point" v="1"/>
            <prop k="joinstyle" v="bevel"/>
            <prop k="name" v="circle"/>
            <prop k="offset" v="0,0"/>
            <prop k="offset_map_unit_scale" v="3x:0,0,0,0,0,0"/>
            <prop k="offset_unit" v="MM"/>
            <prop k="outline_color" v="255,255,255,255"/>
            <prop k="outline_style" v="solid"/>
            <prop k="outline_width" v="0.5"/>
            <prop k="outline_width_map_unit_scale" v="3x:0,0,0,0,0,0"/>
            <prop k="outline_width_unit" v="MM"/>
            <prop k="scale_method" v="diameter"/>
            <prop k="size" v="4.2"/>
            <prop k="size_map_unit_scale" v="3x:0,0,0,0,0,0"/>
            <prop k="size_unit" v="MM"/>
            <prop k="vertical_anchor_point" v="1"/>
            <data_defined_properties>
              <Option type="Map">
                <Option value="" type="QString" name="name"/>
                <Option name="properties"/>
                <Option value="collection" type="QString" name="type"/>
              </Option>
            </data_defined_properties>
          </layer>
        </symbol>
        <symbol alpha="1" force_rhr="0" type="marker" name="10" clip_to_extent="1">
          <data_defined_properties>
            <Option type="Map">
              <Option value="" type="QString" name="name"/>
              <Option name="properties"/>
              <Option value="collection" type="QString" name="type"/>
            </Option>
          </data_defined_properties>
          <layer enabled="1" locked="0" pass="0" class="SimpleMarker">
            <Option type="Map">
              <Option value="0" type="QString" name="angle"/>
              <Option value="square" type="QString" name="cap_style"/>
              <Option value="0,0,0,0" type="QString" name="color"/>
              <Option value="1" type="QString" name="horizontal_anchor_point"/>
              <Option value="bevel" type="QString" name="joinstyle"/>
              <Option value="circle" type="QString" name="name"/>
              <Option value="0,0" type="QString" name="offset"/>
              <Option value="3x:0,0,0,0,0,0" type="QString" name="offset_map_unit_scale"/>
              <Option value="MM" type="QString" name="offset_unit"/>
              <Option value="93,93,93,255" type="QString" name="outline_color"/>
              <Option value="solid" type="QString" name="outline_style"/>
              <Option value="0.45" type="QString" name="outline_width"/>
              <Option value="3x:0,0,0,0,0,0" type="QString" name="outline_width_map_unit_scale"/>
              <Option value="MM" type="QString" name="outline_width_unit"/>
              <Option value="diameter" type="QString" name="scale_method"/>
              <Option value="1.9" type="QString" name="size"/>
              <Option value="3x:0,0,0,0,0,0" type="QString" name="size_map_unit_scale"/>
              <Option value="MM" type="QString" name="size_unit"/>
              <Option value="1" type="QString" name="vertical_anchor_point"/>
            </Option>
            <prop k="angle" v="0"/>
            <prop k="cap_style" v="square"/>
            <prop k="color" v="0,0,0,0"/>
            <prop k="horizontal_anchor_point" v="1"/>
            <prop k="joinstyle" v="bevel"/>
            <prop k="name" v="circle"/>
            <prop k="offset" v="0,0"/>
            <prop k="offset_map_unit_scale" v="3x:0,0,0,0,0,0"/>
            <prop k="offset_unit" v="MM"/>
            <prop k="outline_color" v="93,93,93,255"/>
            <prop k="outline_style" v="solid"/>
            <prop k="outline_width" v="0.45"/>
            <prop k="outline_width_map_unit_scale" v="3x:0,0,0,0,0,0"/>
            <prop k="outline_width_unit" v="MM"/>
            <prop k="scale_method" v="diameter"/>
            <prop k="size" v="1.9"/>
            <prop k="size_map_unit_scale" v="3x:0,0,0,0,0,0"/>
            <prop k="size_unit" v="MM"/>
            <prop k="vertical_anchor_point" v="1"/>
            <data_defined_properties>
              <Option type="Map">
                <Option value="" type="QString" name="name"/>
                <Option name="properties"/>
                <Option value="collection" type="QString" name="type"/>
              </Option>
            </data_defined_properties>
          </layer>
          <layer enabled="1" locked="0" pass="0" class="SimpleMarker">
            <Option type="Map">
              <Option value="0" type="QString" name="angle"/>
              <Option value="square" type="QString" name="cap_style"/>
              <Option value="93,93,93,255" type="QString" name="color"/>
              <Option value="1" type="QString" name="horizontal_anchor_point"/>
              <Option value="bevel" type="QString" name="joinstyle"/>
              <Option value="circle" type="QString" name="name"/>
              <Option value="0,0" type="QString" name="offset"/>
              <Option value="3x:0,0,0,0,0,0" type="QString" name="offset_map_unit_scale"/>
              <Option value="MM" type="QString" name="offset_unit"/>
              <Option value="93,93,93,255" type="QString" name="outline_color"/>
              <Option value="solid" type="QString" name="outline_style"/>
              <Option value="0" type="QString" name="outline_width"/>
              <Option value="3x:0,0,0,0,0,0" type="QString" name="outline_width_map_unit_scale"/>
              <Option value="MM" type="QString" name="outline_width_unit"/>
              <Option value="diameter" type="QString" name="scale_method"/>
              <Option value="0.532" type="QString" name="size"/>
              <Option value="3x:0,0,0,0,0,0" type="QString" name="size_map_unit_scale"/>
              <Option value="MM" type="QString" name="size_unit"/>
              <Option value="1" type="QString" name="vertical_anchor_point"/>
            </Option>
            <prop k="angle" v="0"/>
            <prop k="cap_style" v="square"/>
            <prop k="color" v="93,93,93,255"/>
            <prop k="horizontal_anchor_point" v="1"/>
            <prop k="joinstyle" v="bevel"/>
            <prop k="name" v="circle"/>
            <prop k="offset" v="0,0"/>
            <prop k="offset_map_unit_scale" v="3x:0,0,0,0,0,0"/>
            <prop k="offset_unit" v="MM"/>
            <prop k="outline_color" v="93,93,93,255"/>
            <prop k="outline_style" v="solid"/>
            <prop k="outline_width" v="0"/>
            <prop k="outline_width_map_unit_scale" v="3x:0,0,0,0,0,0"/>
            <prop k="outline_width_unit" v="MM"/>
            <prop k="scale_method" v="diameter"/>
            <prop k="size" v="0.532"/>
            <prop k="size_map_unit_scale" v="3x:0,0,0,0,0,0"/>
            <prop k="size_unit" v="MM"/>
            <prop k="vertical_anchor_point" v="1"/>
            <data_defined_properties>
              <Option type="Map">
                <Option value="" type="QString" name="name"/>
                <Option name="properties"/>
                <Option value="collection" type="QString" name="type"/>
              </Option>
            </data_defined_properties>
          </layer>
        </symbol>
        <symbol alpha="1" force_rhr="0" type="marker" name="11" clip_to_extent="1">
          <data_defined_properties>
            <Option type="Map">
              <Option value="" type="QString" name="name"/>
              <Option name="properties"/>
              <Option value="collection" type="QString" name="type"/>
            </Option>
          </data_defined_properties>
          <layer enabled="1" locked="0" pass="0" class="SimpleMarker">
            <Option type="Map">
              <Option value="0" type="QString" name="angle"/>
              <Option value="square" type="QString" name="cap_style"/>
              <Option value="61,111,182,255" type="QString" name="color"/>
              <Option value="1" type="QString" name="horizontal_anchor_point"/>
              <Option value="bevel" type="QString" name="joinstyle"/>
              <Option value="circle" type="QString" name="name"/>
              <Option value="0,0" type="QString" name="offset"/>
              <Option value="3x:0,0,0,0,0,0" type="QString" name="offset_map_unit_scale"/>
              <Option value="MM" type="QString" name="offset_unit"/>
              <Option value="255,255,255,255" type="QString" name="outline_color"/>
              <Option value="solid" type="QString" name="outline_style"/>
              <Option value="0.4" type="QString" name="outline_width"/>
              <Option value="3x:0,0,0,0,0,0" type="QString" name="outline_width_map_unit_scale"/>
              <Option value="MM" type="QString" name="outline_width_unit"/>
              <Option value="diameter" type="QString" name="scale_method"/>
              <Option value="2.2" type="QString" name="size"/>
              <Option value="3x:0,0,0,0,0,0" type="QString" name="size_map_unit_scale"/>
              <Option value="MM" type="QString" name="size_unit"/>
              <Option value="1" type="QString" name="vertical_anchor_point"/>
            </Option>
            <prop k="angle" v="0"/>
            <prop k="cap_style" v="square"/>
            <prop k="color" v="61,111,182,255"/>
            <prop k="horizontal_anchor_point" v="1"/>
            <prop k="joinstyle" v="bevel"/>
            <prop k="name" v="circle"/>
            <prop k="offset" v="0,0"/>
            <prop k="offset_map_unit_scale" v="3x:0,0,0,0,0,0"/>
            <prop k="offset_unit" v="MM"/>
            <prop k="outline_color" v="255,255,255,255"/>
            <prop k="outline_style" v="solid"/>
            <prop k="outline_width" v="0.4"/>
            <prop k="outline_width_map_unit_scale" v="3x:0,0,0,0,0,0"/>
            <prop k="outline_width_unit" v="MM"/>
            <prop k="scale_method" v="diameter"/>
            <prop k="size" v="2.2"/>
            <prop k="size_map_unit_scale" v="3x:0,0,0,0,0,0"/>
            <prop k="size_unit" v="MM"/>
            <prop k="vertical_anchor_point" v="1"/>
            <data_defined_properties>
              <Option type="Map">
                <Option value="" type="QString" name="name"/>
                <Option name="properties"/>
                <Option value="collection" type="QString" name="type"/>
              </Option>
            </data_defined_properties>
          </layer>
        </symbol>
        <symbol alpha="1" force_rhr="0" type="marker" name="2" clip_to_extent="1">
          <data_defined_properties>
            <Option type="Map">
              <Option value="" type="QString" name="name"/>
              <Option name="properties"/>
              <Option value="collection" type="QString" name="type"/>
            </Option>
          </data_defined_properties>
          <layer enabled="1" locked="0" pass="0" class="SimpleMarker">
            <Option type="Map">
              <Option value="0" type="QString" name="angle"/>
              <Option value="square" type="QString" name="cap_style"/>
              <Option value="242,169,0,255" type="QString" name="color"/>
              <Option value="1" type="QString" name="horizontal_anchor_point"/>
              <Option value="bevel" type="QString" name="joinstyle"/>
              <Option value="diamond" type="QString" name="name"/>
              <Option value="0,0" type="QString" name="offset"/>
              <Option value="3x:0,0,0,0,0,0" type="QString" name="offset_map_unit_scale"/>
              <Option value="MM" type="QString" name="offset_unit"/>
              <Option value="255,255,255,255" type="QString" name="outline_color"/>
              <Option value="solid" type="QString" name="outline_style"/>
              <Option value="0.5" type="QString" name="outline_width"/>
              <Option value="3x:0,0,0,0,0,0" type="QString" name="outline_width_map_unit_scale"/>
              <Option value="MM" type="QString" name="outline_width_unit"/>
              <Option value="diameter" type="QString" name="scale_method"/>
              <Option value="4.2" type="QString" name="size"/>
              <Option value="3x:0,0,0,0,0,0" type="QString" name="size_map_unit_scale"/>
              <Option value="MM" type="QString" name="size_unit"/>
              <Option value="1" type="QString" name="vertical_anchor_point"/>
            </Option>
            <prop k="angle" v="0"/>
            <prop k="cap_style" v="square"/>
            <prop k="color" v="242,169,0,255"/>
            <prop k="horizontal_anchor_point" v="1"/>
            <prop k="joinstyle" v="bevel"/>
            <prop k="name" v="diamond"/>
            <prop k="offset" v="0,0"/>
            <prop k="offset_map_unit_scale" v="3x:0,0,0,0,0,0"/>
            <prop k="offset_unit" v="MM"/>
            <prop k="outline_color" v="255,255,255,255"/>
            <prop k="outline_style" v="solid"/>
            <prop k="outline_width" v="0.5"/>
            <prop k="outline_width_map_unit_scale" v="3x:0,0,0,0,0,0"/>
            <prop k="outline_width_unit" v="MM"/>
            <prop k="scale_method" v="diameter"/>
            <prop k="size" v="4.2"/>
            <prop k="size_map_unit_scale" v="3x:0,0,0,0,0,0"/>
            <prop k="size_unit" v="MM"/>
            <prop k="vertical_anchor_point" v="1"/>
            <data_defined_properties>
              <Option type="Map">
                <Option value="" type="QString" name="name"/>
                <Option name="properties"/>
                <Option value="collection" type="QString" name="type"/>
              </Option>
            </data_defined_properties>
          </layer>
        </symbol>
        <symbol alpha="1" force_rhr="0" type="marker" name="3" clip_to_extent="1">
          <data_defined_properties>
            <Option type="Map">
              <Option value="" type="QString" name="name"/>
              <Option name="properties"/>
              <Option value="collection" type="QString" name="type"/>
            </Option>
          </data_defined_properties>
          <layer enabled="1" locked="0" pass="0" class="SimpleMarker">
            <Option type="Map">
              <Option value="0" type="QString" name="angle"/>
              <Option value="square" type="QString" name="cap_style"/>
              <Option value="35,163,71,255" type="QString" name="color"/>
              <Option value="1" type="QString" name="horizontal_anchor_point"/>
              <Option value="bevel" type="QString" name="joinstyle"/>
              <Option value="diamond" type="QString" name="name"/>
              <Option value="0,0" type="QString" name="offset"/>
              <Option value="3x:0,0,0,0,0,0" type="QString" name="offset_map_unit_scale"/>
              <Option value="MM" type="QString" name="offset_unit"/>
              <Option value="255,255,255,255" type="QString" name="outline_color"/>
              <Option value="solid" type="QString" name="outline_style"/>
              <Option value="0.5" type="QString" name="outline_width"/>
              <Option value="3x:0,0,0,0,0,0" type="QString" name="outline_width_map_unit_scale"/>
              <Option value="MM" type="QString" name="outline_width_unit"/>
              <Option value="diameter" type="QString" name="scale_method"/>
              <Option value="4.2" type="QString" name="size"/>
              <Option value="3x:0,0,0,0,0,0" type="QString" name="size_map_unit_scale"/>
              <Option value="MM" type="QString" name="size_unit"/>
              <Option value="1" type="QString" name="vertical_anchor_point"/>
            </Option>
            <prop k="angle" v="0"/>
            <prop k="cap_style" v="square"/>
            <prop k="color" v="35,163,71,255"/>
            <prop k="horizontal_anchor_point" v="1"/>
            <prop k="joinstyle" v="bevel"/>
            <prop k="name" v="diamond"/>
            <prop k="offset" v="0,0"/>
            <prop k="offset_map_unit_scale" v="3x:0,0,0,0,0,0"/>
            <prop k="offset_unit" v="MM"/>
            <prop k="outline_color" v="255,255,255,255"/>
            <prop k="outline_style" v="solid"/>
            <prop k="outline_width" v="0.5"/>
            <prop k="outline_width_map_unit_scale" v="3x:0,0,0,0,0,0"/>
            <prop k="outline_width_unit" v="MM"/>
            <prop k="scale_method" v="diameter"/>
            <prop k="size" v="4.2"/>
            <prop k="size_map_unit_scale" v="3x:0,0,0,0,0,0"/>
            <prop k="size_unit" v="MM"/>
            <prop k="vertical_anchor_point" v="1"/>
            <data_defined_properties>
              <Option type="Map">
                <Option value="" type="QString" name="name"/>
                <Option name="properties"/>
                <Option value="collection" type="QString" name="type"/>
              </Option>
            </data_defined_properties>
          </layer>
        </symbol>
        <symbol alpha="1" force_rhr="0" type="marker" name="4" clip_to_extent="1">
          <data_defined_properties>
            <Option type="Map">
              <Option value="" type="QString" name="name"/>
              <Option name="properties"/>
              <Option value="collection" type="QString" name="type"/>
            </Option>
          </data_defined_properties>
          <layer enabled="1" locked="0" pass="0" class="SimpleMarker">
            <Option type="Map">
              <Option value="0" type="QString" name="angle"/>
              <Option value="square" type="QString" name="cap_style"/>
              <Option value="242,169,0,255" type="QString" name="color"/>
              <Option value="1" type="QString" name="horizontal_anchor_point"/>
              <Option value="bevel" type="QString" name="joinstyle"/>
              <Option value="square" type="QString" name="name"/>
              <Option value="0,0" type="QString" name="offset"/>
              <Option value="3x:0,0,0,0,0,0" type="QString" name="offset_map_unit_scale"/>
              <Option value="MM" type="QString" name="offset_unit"/>
              <Option value="255,255,255,255" type="QString" name="outline_color"/>
              <Option value="solid" type="QString" name="outline_style"/>
              <Option value="0.5" type="QString" name="outline_width"/>
              <Option value="3x:0,0,0,0,0,0" type="QString" name="outline_width_map_unit_scale"/>
              <Option value="MM" type="QString" name="outline_width_unit"/>
              <Option value="diameter" type="QString" name="scale_method"/>
              <Option value="4.2" type="QString" name="size"/>
              <Option value="3x:0,0,0,0,0,0" type="QString" name="size_map_unit_scale"/>
              <Option value="MM" type="QString" name="size_unit"/>
              <Option value="1" type="QString" name="vertical_anchor_point"/>
            </Option>
            <prop k="angle" v="0"/>
            <prop k="cap_style" v="square"/>
            <prop k="color" v="242,169,0,255"/>
            <prop k="horizontal_anchor_point" v="1"/>
            <prop k="joinstyle" v="bevel"/>
            <prop k="name" v="square"/>
            <prop k="offset" v="0,0"/>
            <prop k="offset_map_unit_scale" v="3x:0,0,0,0,0,0"/>
            <prop k="offset_unit" v="MM"/>
            <prop k="outline_color" v="255,255,255,255"/>
            <prop k="outline_style" v="solid"/>
            <prop k="outline_width" v="0.5"/>
            <prop k="outline_width_map_unit_scale" v="3x:0,0,0,0,0,0"/>
            <prop k="outline_width_unit" v="MM"/>
            <prop k="scale_method" v="diameter"/>
            <prop k="size" v="4.2"/>
            <prop k="size_map_unit_scale" v="3x:0,0,0,0,0,0"/>
            <prop k="size_unit" v="MM"/>
            <prop k="vertical_anchor_point" v="1"/>
            <data_defined_properties>
              <Option type="Map">
                <Option value="" type="QString" name="name"/>
                <Option name="properties"/>
                <Option value="collection" type="QString" name="type"/>
              </Option>
            </data_defined_properties>
          </layer>
        </symbol>
        <symbol alpha="1" force_rhr="0" type="marker" name="5" clip_to_extent="1">
          <data_defined_properties>
            <Option type="Map">
              <Option value="" type="QString" name="name"/>
              <Option name="properties"/>
              <Option value="collection" type="QString" name="type"/>
            </Option>
          </data_defined_properties>
          <layer enabled="1" locked="0" pass="0" class="SimpleMarker">
            <Option type="Map">
              <Option value="0" type="QString" name="angle"/>
              <Option value="square" type="QString" name="cap_style"/>
              <Option value="35,163,71,255" type="QString" name="color"/>
              <Option value="1" type="QString" name="horizontal_anchor_point"/>
              <Option value="bevel" type="QString" name="joinstyle"/>
              <Option value="square" type="QString" name="name"/>
              <Option value="0,0" type="QString" name="offset"/>
              <Option value="3x:0,0,0,0,0,0" type="QString" name="offset_map_unit_scale"/>
              <Option value="MM" type="QString" name="offset_unit"/>
              <Option value="255,255,255,255" type="QString" name="outline_color"/>
              <Option value="solid" type="QString" name="outline_style"/>
              <Option value="0.5" type="QString" name="outline_width"/>
              <Option value="3x:0,0,0,0,0,0" type="QString" name="outline_width_map_unit_scale"/>
              <Option value="MM" type="QString" name="outline_width_unit"/>
              <Option value="diameter" type="QString" name="scale_method"/>
              <Option value="4.2" type="QString" name="size"/>
              <Option value="3x:0,0,0,0,0,0" type="QString" name="size_map_unit_scale"/>
              <Option value="MM" type="QString" name="size_unit"/>
              <Option value="1" type="QString" name="vertical_anchor_point"/>
            </Option>
            <prop k="angle" v="0"/>
            <prop k="cap_style" v="square"/>
            <prop k="color" v="35,163,71,255"/>
            <prop k="horizontal_anchor_point" v="1"/>
            <prop k="joinstyle" v="bevel"/>
            <prop k="name" v="square"/>
            <prop k="offset" v="0,0"/>
            <prop k="offset_map_unit_scale" v="3x:0,0,0,0,0,0"/>
            <prop k="offset_unit" v="MM"/>
            <prop k="outline_color" v="255,255,255,255"/>
            <prop k="outline_style" v="solid"/>
            <prop k="outline_width" v="0.5"/>
            <prop k="outline_width_map_unit_scale" v="3x:0,0,0,0,0,0"/>
            <prop k="outline_width_unit" v="MM"/>
            <prop k="scale_method" v="diameter"/>
            <prop k="size" v="4.2"/>
            <prop k="size_map_unit_scale" v="3x:0,0,0,0,0,0"/>
            <prop k="size_unit" v="MM"/>
            <prop k="vertical_anchor_point" v="1"/>
            <data_defined_properties>
              <Option type="Map">
                <Option value="" type="QString" name="name"/>
                <Option name="properties"/>
                <Option value="collection" type="QString" name="type"/>
              </Option>
            </data_defined_properties>
          </layer>
        </symbol>
        <symbol alpha="1" force_rhr="0" type="marker" name="6" clip_to_extent="1">
          <data_defined_properties>
            <Option type="Map">
              <Option value="" type="QString" name="name"/>
              <Option name="properties"/>
              <Option value="collection" type="QString" name="type"/>
            </Option>
          </data_defined_properties>
          <layer enabled="1" locked="0" pass="0" class="SimpleMarker">
            <Option type="Map">
              <Option value="0" type="QString" name="angle"/>
              <Option value="square" type="QString" name="cap_style"/>
              <Option value="242,169,0,255" type="QString" name="color"/>
              <Option value="1" type="QString" name="horizontal_anchor_point"/>
              <Option value="bevel" type="QString" name="joinstyle"/>
              <Option value="triangle" type="QString" name="name"/>
              <Option value="0,0" type="QString" name="offset"/>
              <Option value="3x:0,0,0,0,0,0" type="QString" name="offset_map_unit_scale"/>
              <Option value="MM" type="QString" name="offset_unit"/>
              <Option value="255,255,255,255" type="QString" name="outline_color"/>
              <Option value="solid" type="QString" name="outline_style"/>
              <Option value="0.5" type="QString" name="outline_width"/>
              <Option value="3x:0,0,0,0,0,0" type="QString" name="outline_width_map_unit_scale"/>
              <Option value="MM" type="QString" name="outline_width_unit"/>
              <Option value="diameter" type="QString" name="scale_method"/>
              <Option value="4.6" type="QString" name="size"/>
              <Option value="3x:0,0,0,0,0,0" type="QString" name="size_map_unit_scale"/>
              <Option value="MM" type="QString" name="size_unit"/>
              <Option value="1" type="QString" name="vertical_anchor_point"/>
            </Option>
            <prop k="angle" v="0"/>
            <prop k="cap_style" v="square"/>
            <prop k="color" v="242,169,0,255"/>
            <prop k="horizontal_anchor_point" v="1"/>
            <prop k="joinstyle" v="bevel"/>
            <prop k="name" v="triangle"/>
            <prop k="offset" v="0,0"/>
            <prop k="offset_map_unit_scale" v="3x:0,0,0,0,0,0"/>
            <prop k="offset_unit" v="MM"/>
            <prop k="outline_color" v="255,255,255,255"/>
            <prop k="outline_style" v="solid"/>
            <prop k="outline_width" v="0.5"/>
            <prop k="outline_width_map_unit_scale" v="3x:0,0,0,0,0,0"/>
            <prop k="outline_width_unit" v="MM"/>
            <prop k="scale_method" v="diameter"/>
            <prop k="size" v="4.6"/>
            <prop k="size_map_unit_scale" v="3x:0,0,0,0,0,0"/>
            <prop k="size_unit" v="MM"/>
            <prop k="vertical_anchor_point" v="1"/>
            <data_defined_properties>
              <Option type="Map">
                <Option value="" type="QString" name="name"/>
                <Option name="properties"/>
                <Option value="collection" type="QString" name="type"/>
              </Option>
            </data_defined_properties>
          </layer>
        </symbol>
        <symbol alpha="1" force_rhr="0" type="marker" name="7" clip_to_extent="1">
          <data_defined_properties>
            <Option type="Map">
              <Option value="" type="QString" name="name"/>
              <Option name="properties"/>
              <Option value="collection" type="QString" name="type"/>
            </Option>
          </data_defined_properties>
          <layer enabled="1" locked="0" pass="0" class="SimpleMarker">
            <Option type="Map">
              <Option value="0" type="QString" name="angle"/>
              <Option value="square" type="QString" name="cap_style"/>
              <Option value="35,163,71,255" type="QString" name="color"/>
              <Option value="1" type="QString" name="horizontal_anchor_point"/>
              <Option value="bevel" type="QString" name="joinstyle"/>
              <Option value="triangle" type="QString" name="name"/>
              <Option value="0,0" type="QString" name="offset"/>
              <Option value="3x:0,0,0,0,0,0" type="QString" name="offset_map_unit_scale"/>
              <Option value="MM" type="QString" name="offset_unit"/>
              <Option value="255,255,255,255" type="QString" name="outline_color"/>
              <Option value="solid" type="QString" name="outline_style"/>
              <Option value="0.5" type="QString" name="outline_width"/>
              <Option value="3x:0,0,0,0,0,0" type="QString" name="outline_width_map_unit_scale"/>
              <Option value="MM" type="QString" name="outline_width_unit"/>
              <Option value="diameter" type="QString" name="scale_method"/>
              <Option value="4.6" type="QString" name="size"/>
              <Option value="3x:0,0,0,0,0,0" type="QString" name="size_map_unit_scale"/>
              <Option value="MM" type="QString" name="size_unit"/>
              <Option value="1" type="QString" name="vertical_anchor_point"/>
            </Option>
            <prop k="angle" v="0"/>
            <prop k="cap_style" v="square"/>
            <prop k="color" v="35,163,71,255"/>
            <prop k="horizontal_anchor_point" v="1"/>
            <prop k="joinstyle" v="bevel"/>
            <prop k="name" v="triangle"/>
            <prop k="offset" v="0,0"/>
            <prop k="offset_map_unit_scale" v="3x:0,0,0,0,0,0"/>
            <prop k="offset_unit" v="MM"/>
            <prop k="outline_color" v="255,255,255,255"/>
            <prop k="outline_style" v="solid"/>
            <prop k="outline_width" v="0.5"/>
            <prop k="outline_width_map_unit_scale" v="3x:0,0,0,0,0,0"/>
            <prop k="outline_width_unit" v="MM"/>
            <prop k="scale_method" v="diameter"/>
            <prop k="size" v="4.6"/>
            <prop k="size_map_unit_scale" v="3x:0,0,0,0,0,0"/>
            <prop k="size_unit" v="MM"/>
            <prop k="vertical_anchor_point" v="1"/>
            <data_defined_properties>
              <Option type="Map">
                <Option value="" type="QString" name="name"/>
                <Option name="properties"/>
                <Option value="collection" type="QString" name="type"/>
              </Option>
            </data_defined_properties>
          </layer>
        </symbol>
        <symbol alpha="1" force_rhr="0" type="marker" name="8" clip_to_extent="1">
          <data_defined_properties>
            <Option type="Map">
              <Option value="" type="QString" name="name"/>
              <Option name="properties"/>
              <Option value="collection" type="QString" name="type"/>
            </Option>
          </data_defined_properties>
          <layer enabled="1" locked="0" pass="0" class="SimpleMarker">
            <Option type="Map">
              <Option value="0" type="QString" name="angle"/>
              <Option value="square" type="QString" name="cap_style"/>
              <Option value="141,141,141,255" type="QString" name="color"/>
              <Option value="1" type="QString" name="horizontal_anchor_point"/>
              <Option value="bevel" type="QString" name="joinstyle"/>
              <Option value="circle" type="QString" name="name"/>
              <Option value="0,0" type="QString" name="offset"/>
              <Option value="3x:0,0,0,0,0,0" type="QString" name="offset_map_unit_scale"/>
              <Option value="MM" type="QString" name="offset_unit"/>
              <Option value="255,255,255,255" type="QString" name="outline_color"/>
              <Option value="solid" type="QString" name="outline_style"/>
              <Option value="0.5" type="QString" name="outline_width"/>
              <Option value="3x:0,0,0,0,0,0" type="QString" name="outline_width_map_unit_scale"/>
              <Option value="MM" type="QString" name="outline_width_unit"/>
              <Option value="diameter" type="QString" name="scale_method"/>
              <Option value="3.6" type="QString" name="size"/>
              <Option value="3x:0,0,0,0,0,0" type="QString" name="size_map_unit_scale"/>
              <Option value="MM" type="QString" name="size_unit"/>
              <Option value="1" type="QString" name="vertical_anchor_point"/>
            </Option>
            <prop k="angle" v="0"/>
            <prop k="cap_style" v="square"/>
            <prop k="color" v="141,141,141,255"/>
            <prop k="horizontal_anchor_point" v="1"/>
            <prop k="joinstyle" v="bevel"/>
            <prop k="name" v="circle"/>
            <prop k="offset" v="0,0"/>
            <prop k="offset_map_unit_scale" v="3x:0,0,0,0,0,0"/>
            <prop k="offset_unit" v="MM"/>
            <prop k="outline_color" v="255,255,255,255"/>
            <prop k="outline_style" v="solid"/>
            <prop k="outline_width" v="0.5"/>
            <prop k="outline_width_map_unit_scale" v="3x:0,0,0,0,0,0"/>
            <prop k="outline_width_unit" v="MM"/>
            <prop k="scale_method" v="diameter"/>
            <prop k="size" v="3.6"/>
            <prop k="size_map_unit_scale" v="3x:0,0,0,0,0,0"/>
            <prop k="size_unit" v="MM"/>
            <prop k="vertical_anchor_point" v="1"/>
            <data_defined_properties>
              <Option type="Map">
                <Option value="" type="QString" name="name"/>
                <Option name="properties"/>
                <Option value="collection" type="QString" name="type"/>
              </Option>
            </data_defined_properties>
          </layer>
        </symbol>
        <symbol alpha="1" force_rhr="0" type="marker" name="9" clip_to_extent="1">
          <data_defined_properties>
            <Option type="Map">
              <Option value="" type="QString" name="name"/>
              <Option name="properties"/>
              <Option value="collection" type="QString" name="type"/>
            </Option>
          </data_defined_properties>
          <layer enabled="1" locked="0" pass="0" class="SimpleMarker">
            <Option type="Map">
              <Option value="0" type="QString" name="angle"/>
              <Option value="square" type="QString" name="cap_style"/>
              <Option value="0,0,0,0" type="QString" name="color"/>
              <Option value="1" type="QString" name="horizontal_anchor_point"/>
              <Option value="bevel" type="QString" name="joinstyle"/>
              <Option value="circle" type="QString" name="name"/>
              <Option value="0,0" type="QString" name="offset"/>
              <Option value="3x:0,0,0,0,0,0" type="QString" name="offset_map_unit_scale"/>
              <Option value="MM" type="QString" name="offset_unit"/>
              <Option value="93,93,93,255" type="QString" name="outline_color"/>
              <Option value="solid" type="QString" name="outline_style"/>
              <Option value="0.45" type="QString" name="outline_width"/>
              <Option value="3x:0,0,0,0,0,0" type="QString" name="outline_width_map_unit_scale"/>
              <Option value="MM" type="QString" name="outline_width_unit"/>
              <Option value="diameter" type="QString" name="scale_method"/>
              <Option value="2.8" type="QString" name="size"/>
              <Option value="3x:0,0,0,0,0,0" type="QString" name="size_map_unit_scale"/>
              <Option value="MM" type="QString" name="size_unit"/>
              <Option value="1" type="QString" name="vertical_anchor_point"/>
            </Option>
            <prop k="angle" v="0"/>
            <prop k="cap_style" v="square"/>
            <prop k="color" v="0,0,0,0"/>
            <prop k="horizontal_anchor_point" v="1"/>
            <prop k="joinstyle" v="bevel"/>
            <prop k="name" v="circle"/>
            <prop k="offset" v="0,0"/>
            <prop k="offset_map_unit_scale" v="3x:0,0,0,0,0,0"/>
            <prop k="offset_unit" v="MM"/>
            <prop k="outline_color" v="93,93,93,255"/>
            <prop k="outline_style" v="solid"/>
            <prop k="outline_width" v="0.45"/>
            <prop k="outline_width_map_unit_scale" v="3x:0,0,0,0,0,0"/>
            <prop k="outline_width_unit" v="MM"/>
            <prop k="scale_method" v="diameter"/>
            <prop k="size" v="2.8"/>
            <prop k="size_map_unit_scale" v="3x:0,0,0,0,0,0"/>
            <prop k="size_unit" v="MM"/>
            <prop k="vertical_anchor_point" v="1"/>
            <data_defined_properties>
              <Option type="Map">
                <Option value="" type="QString" name="name"/>
                <Option name="properties"/>
                <Option value="collection" type="QString" name="type"/>
              </Option>
            </data_defined_properties>
          </layer>
          <layer enabled="1" locked="0" pass="0" class="SimpleMarker">
            <Option type="Map">
              <Option value="0" type="QString" name="angle"/>
              <Option value="square" type="QString" name="cap_style"/>
              <Option value="93,93,93,255" type="QString" name="color"/>
              <Option value="1" type="QString" name="horizontal_anchor_point"/>
              <Option value="bevel" type="QString" name="joinstyle"/>
              <Option value="circle" type="QString" name="name"/>
              <Option value="0,0" type="QString" name="offset"/>
              <Option value="3x:0,0,0,0,0,0" type="QString" name="offset_map_unit_scale"/>
              <Option value="MM" type="QString" name="offset_unit"/>
              <Option value="93,93,93,255" type="QString" name="outline_color"/>
              <Option value="solid" type="QString" name="outline_style"/>
              <Option value="0" type="QString" name="outline_width"/>
              <Option value="3x:0,0,0,0,0,0" type="QString" name="outline_width_map_unit_scale"/>
              <Option value="MM" type="QString" name="outline_width_unit"/>
              <Option value="diameter" type="QString" name="scale_method"/>
              <Option value="0.784" type="QString" name="size"/>
              <Option value="3x:0,0,0,0,0,0" type="QString" name="size_map_unit_scale"/>
              <Option value="MM" type="QString" name="size_unit"/>
              <Option value="1" type="QString" name="vertical_anchor_point"/>
            </Option>
            <prop k="angle" v="0"/>
            <prop k="cap_style" v="square"/>
            <prop k="color" v="93,93,93,255"/>
            <prop k="horizontal_anchor_point" v="1"/>
            <prop k="joinstyle" v="bevel"/>
            <prop k="name" v="circle"/>
            <prop k="offset" v="0,0"/>
            <prop k="offset_map_unit_scale" v="3x:0,0,0,0,0,0"/>
            <prop k="offset_unit" v="MM"/>
            <prop k="outline_color" v="93,93,93,255"/>
            <prop k="outline_style" v="solid"/>
            <prop k="outline_width" v="0"/>
            <prop k="outline_width_map_unit_scale" v="3x:0,0,0,0,0,0"/>
            <prop k="outline_width_unit" v="MM"/>
            <prop k="scale_method" v="diameter"/>
            <prop k="size" v="0.784"/>
            <prop k="size_map_unit_scale" v="3x:0,0,0,0,0,0"/>
            <prop k="size_unit" v="MM"/>
            <prop k="vertical_anchor_point" v="1"/>
            <data_defined_properties>
              <Option type="Map">
                <Option value="" type="QString" name="name"/>
                <Option name="properties"/>
                <Option value="collection" type="QString" name="type"/>
              </Option>
            </data_defined_properties>
          </layer>
        </symbol>
      </symbols>
    </renderer-v2>
    <symbol alpha="1" force_rhr="0" type="marker" name="centerSymbol" clip_to_extent="1">
      <data_defined_properties>
        <Option type="Map">
          <Option value="" type="QString" name="name"/>
          <Option name="properties"/>
          <Option value="collection" type="QString" name="type"/>
        </Option>
      </data_defined_properties>
      <layer enabled="1" locked="0" pass="0" class="SimpleMarker">
        <Option type="Map">
          <Option value="0" type="QString" name="angle"/>
          <Option value="square" type="QString" name="cap_style"/>
          <Option value="61,111,182,255" type="QString" name="color"/>
          <Option value="1" type="QString" name="horizontal_anchor_point"/>
          <Option value="bevel" type="QString" name="joinstyle"/>
          <Option value="circle" type="QString" name="name"/>
          <Option value="0,0" type="QString" name="offset"/>
          <Option value="3x:0,0,0,0,0,0" type="QString" name="offset_map_unit_scale"/>
          <Option value="MM" type="QString" name="offset_unit"/>
          <Option value="255,255,255,255" type="QString" name="outline_color"/>
          <Option value="solid" type="QString" name="outline_style"/>
          <Option value="0.5" type="QString" name="outline_width"/>
          <Option value="3x:0,0,0,0,0,0" type="QString" name="outline_width_map_unit_scale"/>
          <Option value="MM" type="QString" name="outline_width_unit"/>
          <Option value="diameter" type="QString" name="scale_method"/>
          <Option value="5" type="QString" name="size"/>
          <Option value="3x:0,0,0,0,0,0" type="QString" name="size_map_unit_scale"/>
          <Option value="MM" type="QString" name="size_unit"/>
          <Option value="1" type="QString" name="vertical_anchor_point"/>
        </Option>
        <prop k="angle" v="0"/>
        <prop k="cap_style" v="square"/>
        <prop k="color" v="61,111,182,255"/>
        <prop k="horizontal_anchor_point" v="1"/>
        <prop k="joinstyle" v="bevel"/>
        <prop k="name" v="circle"/>
        <prop k="offset" v="0,0"/>
        <prop k="offset_map_unit_scale" v="3x:0,0,0,0,0,0"/>
        <prop k="offset_unit" v="MM"/>
        <prop k="outline_color" v="255,255,255,255"/>
        <prop k="outline_style" v="solid"/>
        <prop k="outline_width" v="0.5"/>
        <prop k="outline_width_map_unit_scale" v="3x:0,0,0,0,0,0"/>
        <prop k="outline_width_unit" v="MM"/>
        <prop k="scale_method" v="diameter"/>
        <prop k="size" v="5"/>
        <prop k="size_map_unit_scale" v="3x:0,0,0,0,0,0"/>
        <prop k="size_unit" v="MM"/>
        <prop k="vertical_anchor_point" v="1"/>
        <data_defined_properties>
          <Option type="Map">
            <Option value="" type="QString" name="name"/>
            <Option type="Map" name="properties">
              <Option type="Map" name="fillColor">
                <Option value="true" type="bool" name="active"/>
                <Option value="coalesce(@cluster_color, '#3d6fb6')" type="QString" name="expression"/>
                <Option value="3" type="int" name="type"/>
              </Option>
              <Option type="Map" name="size">
                <Option value="true" type="bool" name="active"/>
                <Option value="min(3.4 + 1.2 * ln(@cluster_size), 9)" type="QString" name="expression"/>
                <Option value="3" type="int" name="type"/>
              </Option>
            </Option>
            <Option value="collection" type="QString" name="type"/>
          </Option>
        </data_defined_properties>
      </layer>
      <layer enabled="1" locked="0" pass="0" class="FontMarker">
        <Option type="Map">
          <Option value="0" type="QString" name="angle"/>
          <Option value="" type="QString" name="chr"/>
          <Option value="255,255,255,255" type="QString" name="color"/>
          <Option value="Sans Serif" type="QString" name="font"/>
          <Option value="Bold" type="QString" name="font_style"/>
          <Option value="1" type="QString" name="horizontal_anchor_point"/>
          <Option value="miter" type="QString" name="joinstyle"/>
          <Option value="0,0" type="QString" name="offset"/>
          <Option value="3x:0,0,0,0,0,0" type="QString" name="offset_map_unit_scale"/>
          <Option value="MM" type="QString" name="offset_unit"/>
          <Option value="255,255,255,255" type="QString" name="outline_color"/>
          <Option value="0" type="QString" name="outline_width"/>
          <Option value="3x:0,0,0,0,0,0" type="QString" name="outline_width_map_unit_scale"/>
          <Option value="MM" type="QString" name="outline_width_unit"/>
          <Option value="2.6" type="QString" name="size"/>
          <Option value="3x:0,0,0,0,0,0" type="QString" name="size_map_unit_scale"/>
          <Option value="MM" type="QString" name="size_unit"/>
          <Option value="1" type="QString" name="vertical_anchor_point"/>
        </Option>
        <prop k="angle" v="0"/>
        <prop k="chr" v=""/>
        <prop k="color" v="255,255,255,255"/>
        <prop k="font" v="Sans Serif"/>
        <prop k="font_style" v="Bold"/>
        <prop k="horizontal_anchor_point" v="1"/>
        <prop k="joinstyle" v="miter"/>
        <prop k="offset" v="0,0"/>
        <prop k="offset_map_unit_scale" v="3x:0,0,0,0,0,0"/>
        <prop k="offset_unit" v="MM"/>
        <prop k="outline_color" v="255,255,255,255"/>
        <prop k="outline_width" v="0"/>
        <prop k="outline_width_map_unit_scale" v="3x:0,0,0,0,0,0"/>
        <prop k="outline_width_unit" v="MM"/>
        <prop k="size" v="2.6"/>
        <prop k="size_map_unit_scale" v="3x:0,0,0,0,0,0"/>
        <prop k="size_unit" v="MM"/>
        <prop k="vertical_anchor_point" v="1"/>
        <data_defined_properties>
          <Option type="Map">
            <Option value="" type="QString" name="name"/>
            <Option type="Map" name="properties">
              <Option type="Map" name="char">
                <Option value="true" type="bool" name="active"/>
                <Option value="@cluster_size" type="QString" name="expression"/>
                <Option value="3" type="int" name="type"/>
              </Option>
              <Option type="Map" name="size">
                <Option value="true" type="bool" name="active"/>
                <Option value="if(@cluster_size >= 100, 2.2, 2.6)" type="QString" name="expression"/>
                <Option value="3" type="int" name="type"/>
              </Option>
            </Option>
            <Option value="collection" type="QString" name="type"/>
          </Option>
        </data_defined_properties>
      </layer>
    </symbol>
    <orderby>
      <orderByClause nullsFirst="0" asc="1">CASE WHEN "light" = 'red' THEN 3 WHEN "light" = 'yellow' THEN 2 WHEN "light" = 'green' THEN 1 ELSE 0 END</orderByClause>
    </orderby>
  </renderer-v2>
  <labeling type="rule-based">
    <rules key="{ed8010c1-b244-4217-822d-624d3313735f}">
      <rule key="{ff5af540-5736-4936-83e4-2630b3738b97}" description="pins block other labels" scalemaxdenom="25000">
        <settings calloutType="simple">
          <text-style legendString="Aa" capitalization="0" multilineHeight="1" isExpression="0" fontWeight="50" fontSizeMapUnitScale="3x:0,0,0,0,0,0" textColor="34,34,34,255" namedStyle="" fontUnderline="0" useSubstitutions="0" textOpacity="1" fontSize="7.5" fontWordSpacing="0" fontFamily="Noto Sans CJK SC" fontSizeUnit="Point" blendMode="0" fontItalic="0" previewBkgrdColor="255,255,255,255" fontLetterSpacing="0" allowHtml="0" fontKerning="1" textOrientation="horizontal" fieldName="code" fontStrikeout="0">
            <families/>
            <text-buffer bufferDraw="1" bufferBlendMode="0" bufferSize="0.69999999999999996" bufferSizeUnits="MM" bufferNoFill="1" bufferJoinStyle="128" bufferSizeMapUnitScale="3x:0,0,0,0,0,0" bufferOpacity="0.84999999999999998" bufferColor="255,255,255,255"/>
            <text-mask maskType="0" maskJoinStyle="128" maskedSymbolLayers="" maskSizeUnits="MM" maskSizeMapUnitScale="3x:0,0,0,0,0,0" maskOpacity="1" maskEnabled="0" maskSize="1.5"/>
            <background shapeOffsetY="0" shapeRadiiUnit="MM" shapeFillColor="255,255,255,255" shapeBorderColor="128,128,128,255" shapeJoinStyle="64" shapeOpacity="1" shapeBlendMode="0" shapeOffsetUnit="MM" shapeOffsetX="0" shapeSizeMapUnitScale="3x:0,0,0,0,0,0" shapeBorderWidth="0" shapeType="0" shapeOffsetMapUnitScale="3x:0,0,0,0,0,0" shapeRotation="0" shapeSizeY="0" shapeSizeUnit="MM" shapeBorderWidthUnit="MM" shapeBorderWidthMapUnitScale="3x:0,0,0,0,0,0" shapeSizeType="0" shapeRadiiY="0" shapeSVGFile="" shapeDraw="0" shapeSizeX="0" shapeRadiiMapUnitScale="3x:0,0,0,0,0,0" shapeRotationType="0" shapeRadiiX="0">
              <symbol alpha="1" force_rhr="0" type="fill" name="fillSymbol" clip_to_extent="1">
                <data_defined_properties>
                  <Option type="Map">
                    <Option value="" type="QString" name="name"/>
                    <Option name="properties"/>
                    <Option value="collection" type="QString" name="type"/>
                  </Option>
                </data_defined_properties>
                <layer enabled="1" locked="0" pass="0" class="SimpleFill">
                  <Option type="Map">
                    <Option value="3x:0,0,0,0,0,0" type="QString" name="border_width_map_unit_scale"/>
                    <Option value="255,255,255,255" type="QString" name="color"/>
                    <Option value="bevel" type="QString" name="joinstyle"/>
                    <Option value="0,0" type="QString" name="offset"/>
                    <Option value="3x:0,0,0,0,0,0" type="QString" name="offset_map_unit_scale"/>
                    <Option value="MM" type="QString" name="offset_unit"/>
                    <Option value="128,128,128,255" type="QString" name="outline_color"/>
                    <Option value="no" type="QString" name="outline_style"/>
                    <Option value="0" type="QString" name="outline_width"/>
                    <Option value="MM" type="QString" name="outline_width_unit"/>
                    <Option value="solid" type="QString" name="style"/>
                  </Option>
                  <prop k="border_width_map_unit_scale" v="3x:0,0,0,0,0,0"/>
                  <prop k="color" v="255,255,255,255"/>
                  <prop k="joinstyle" v="bevel"/>
                  <prop k="offset" v="0,0"/>
                  <prop k="offset_map_unit_scale" v="3x:0,0,0,0,0,0"/>
                  <prop k="offset_unit" v="MM"/>
                  <prop k="outline_color" v="128,128,128,255"/>
                  <prop k="outline_style" v="no"/>
                  <prop k="outline_width" v="0"/>
                  <prop k="outline_width_unit" v="MM"/>
                  <prop k="style" v="solid"/>
                  <data_defined_properties>
                    <Option type="Map">
                      <Option value="" type="QString" name="name"/>
                      <Option name="properties"/>
                      <Option value="collection" type="QString" name="type"/>
                    </Option>
                  </data_defined_properties>
                </layer>
              </symbol>
            </background>
            <shadow shadowOffsetGlobal="1" shadowOffsetDist="1" shadowBlendMode="6" shadowOffsetAngle="135" shadowRadiusAlphaOnly="0" shadowRadius="1.5" shadowOffsetUnit="MM" shadowOffsetMapUnitScale="3x:0,0,0,0,0,0" shadowScale="100" shadowColor="0,0,0,255" shadowUnder="0" shadowOpacity="0.69999999999999996" shadowRadiusMapUnitScale="3x:0,0,0,0,0,0" shadowRadiusUnit="MM" shadowDraw="0"/>
            <dd_properties>
              <Option type="Map">
                <Option value="" type="QString" name="name"/>
                <Option name="properties"/>
                <Option value="collection" type="QString" name="type"/>
              </Option>
            </dd_properties>
            <substitutions/>
          </text-style>
          <text-format leftDirectionSymbol="&lt;" reverseDirectionSymbol="0" autoWrapLength="0" rightDirectionSymbol=">" placeDirectionSymbol="0" useMaxLineLengthForAutoWrap="1" multilineAlign="3" formatNumbers="0" plussign="0" decimals="3" addDirectionSymbol="0" wrapChar=""/>
          <placement quadOffset="4" repeatDistanceMapUnitScale="3x:0,0,0,0,0,0" polygonPlacementFlags="2" offsetUnits="MM" overrunDistance="0" priority="10" repeatDistanceUnits="MM" fitInPolygonOnly="0" layerType="UnknownGeometry" xOffset="0" distUnits="MM" maxCurvedCharAngleIn="25" preserveRotation="1" placement="0" distMapUnitScale="3x:0,0,0,0,0,0" dist="1.2" rotationAngle="0" overrunDistanceUnit="MM" centroidInside="1" centroidWhole="0" yOffset="0" predefinedPositionOrder="TR,TL,BR,BL,R,L,TSR,BSR" lineAnchorType="0" labelOffsetMapUnitScale="3x:0,0,0,0,0,0" repeatDistance="0" geometryGenerator="" geometryGeneratorEnabled="0" rotationUnit="AngleDegrees" maxCurvedCharAngleOut="-25" placementFlags="10" offsetType="0" overrunDistanceMapUnitScale="3x:0,0,0,0,0,0" lineAnchorPercent="0.5" lineAnchorClipping="0" geometryGeneratorType="PointGeometry"/>
          <rendering displayAll="0" obstacle="1" obstacleType="1" upsidedownLabels="0" fontLimitPixelSize="0" scaleMin="0" obstacleFactor="2" fontMaxPixelSize="10000" minFeatureSize="0" scaleVisibility="1" limitNumLabels="0" labelPerPart="0" scaleMax="25000" zIndex="0" maxNumLabels="2000" mergeLines="0" drawLabels="0" unplacedVisibility="0" fontMinPixelSize="0"/>
          <dd_properties>
            <Option type="Map">
              <Option value="" type="QString" name="name"/>
              <Option name="properties"/>
              <Option value="collection" type="QString" name="type"/>
            </Option>
          </dd_properties>
          <callout type="simple">
            <Option type="Map">
              <Option value="pole_of_inaccessibility" type="QString" name="anchorPoint"/>
              <Option value="0" type="int" name="blendMode"/>
              <Option type="Map" name="ddProperties">
                <Option value="" type="QString" name="name"/>
                <Option name="properties"/>
                <Option value="collection" type="QString" name="type"/>
              </Option>
              <Option value="false" type="bool" name="drawToAllParts"/>
              <Option value="0" type="QString" name="enabled"/>
              <Option value="point_on_exterior" type="QString" name="labelAnchorPoint"/>
              <Option value="&lt;symbol alpha=&quot;1&quot; force_rhr=&quot;0&quot; type=&quot;line&quot; name=&quot;symbol&quot; clip_to_extent=&quot;1&quot;>&lt;data_defined_properties>&lt;Option type=&quot;Map&quot;>&lt;Option value=&quot;&quot; type=&quot;QString&quot; name=&quot;name&quot;/>&lt;Option name=&quot;properties&quot;/>&lt;Option value=&quot;collection&quot; type=&quot;QString&quot; name=&quot;type&quot;/>&lt;/Option>&lt;/data_defined_properties>&lt;layer enabled=&quot;1&quot; locked=&quot;0&quot; pass=&quot;0&quot; class=&quot;SimpleLine&quot;>&lt;Option type=&quot;Map&quot;>&lt;Option value=&quot;0&quot; type=&quot;QString&quot; name=&quot;align_dash_pattern&quot;/>&lt;Option value=&quot;square&quot; type=&quot;QString&quot; name=&quot;capstyle&quot;/>&lt;Option value=&quot;5;2&quot; type=&quot;QString&quot; name=&quot;customdash&quot;/>&lt;Option value=&quot;3x:0,0,0,0,0,0&quot; type=&quot;QString&quot; name=&quot;customdash_map_unit_scale&quot;/>&lt;Option value=&quot;MM&quot; type=&quot;QString&quot; name=&quot;customdash_unit&quot;/>&lt;Option value=&quot;0&quot; type=&quot;QString&quot; name=&quot;dash_pattern_offset&quot;/>&lt;Option value=&quot;3x:0,0,0,0,0,0&quot; type=&quot;QString&quot; name=&quot;dash_pattern_offset_map_unit_scale&quot;/>&lt;Option value=&quot;MM&quot; type=&quot;QString&quot; name=&quot;dash_pattern_offset_unit&quot;/>&lt;Option value=&quot;0&quot; type=&quot;QString&quot; name=&quot;draw_inside_polygon&quot;/>&lt;Option value=&quot;bevel&quot; type=&quot;QString&quot; name=&quot;joinstyle&quot;/>&lt;Option value=&quot;60,60,60,255&quot; type=&quot;QString&quot; name=&quot;line_color&quot;/>&lt;Option value=&quot;solid&quot; type=&quot;QString&quot; name=&quot;line_style&quot;/>&lt;Option value=&quot;0.3&quot; type=&quot;QString&quot; name=&quot;line_width&quot;/>&lt;Option value=&quot;MM&quot; type=&quot;QString&quot; name=&quot;line_width_unit&quot;/>&lt;Option value=&quot;0&quot; type=&quot;QString&quot; name=&quot;offset&quot;/>&lt;Option value=&quot;3x:0,0,0,0,0,0&quot; type=&quot;QString&quot; name=&quot;offset_map_unit_scale&quot;/>&lt;Option value=&quot;MM&quot; type=&quot;QString&quot; name=&quot;offset_unit&quot;/>&lt;Option value=&quot;0&quot; type=&quot;QString&quot; name=&quot;ring_filter&quot;/>&lt;Option value=&quot;0&quot; type=&quot;QString&quot; name=&quot;trim_distance_end&quot;/>&lt;Option value=&quot;3x:0,0,0,0,0,0&quot; type=&quot;QString&quot; name=&quot;trim_distance_end_map_unit_scale&quot;/>&lt;Option value=&quot;MM&quot; type=&quot;QString&quot; name=&quot;trim_distance_end_unit&quot;/>&lt;Option value=&quot;0&quot; type=&quot;QString&quot; name=&quot;trim_distance_start&quot;/>&lt;Option value=&quot;3x:0,0,0,0,0,0&quot; type=&quot;QString&quot; name=&quot;trim_distance_start_map_unit_scale&quot;/>&lt;Option value=&quot;MM&quot; type=&quot;QString&quot; name=&quot;trim_distance_start_unit&quot;/>&lt;Option value=&quot;0&quot; type=&quot;QString&quot; name=&quot;tweak_dash_pattern_on_corners&quot;/>&lt;Option value=&quot;0&quot; type=&quot;QString&quot; name=&quot;use_custom_dash&quot;/>&lt;Option value=&quot;3x:0,0,0,0,0,0&quot; type=&quot;QString&quot; name=&quot;width_map_unit_scale&quot;/>&lt;/Option>&lt;prop k=&quot;align_dash_pattern&quot; v=&quot;0&quot;/>&lt;prop k=&quot;capstyle&quot; v=&quot;square&quot;/>&lt;prop k=&quot;customdash&quot; v=&quot;5;2&quot;/>&lt;prop k=&quot;customdash_map_unit_scale&quot; v=&quot;3x:0,0,0,0,0,0&quot;/>&lt;prop k=&quot;customdash_unit&quot; v=&quot;MM&quot;/>&lt;prop k=&quot;dash_pattern_offset&quot; v=&quot;0&quot;/>&lt;prop k=&quot;dash_pattern_offset_map_unit_scale&quot; v=&quot;3x:0,0,0,0,0,0&quot;/>&lt;prop k=&quot;dash_pattern_offset_unit&quot; v=&quot;MM&quot;/>&lt;prop k=&quot;draw_inside_polygon&quot; v=&quot;0&quot;/>&lt;prop k=&quot;joinstyle&quot; v=&quot;bevel&quot;/>&lt;prop k=&quot;line_color&quot; v=&quot;60,60,60,255&quot;/>&lt;prop k=&quot;line_style&quot; v=&quot;solid&quot;/>&lt;prop k=&quot;line_width&quot; v=&quot;0.3&quot;/>&lt;prop k=&quot;line_width_unit&quot; v=&quot;MM&quot;/>&lt;prop k=&quot;offset&quot; v=&quot;0&quot;/>&lt;prop k=&quot;offset_map_unit_scale&quot; v=&quot;3x:0,0,0,0,0,0&quot;/>&lt;prop k=&quot;offset_unit&quot; v=&quot;MM&quot;/>&lt;prop k=&quot;ring_filter&quot; v=&quot;0&quot;/>&lt;prop k=&quot;trim_distance_end&quot; v=&quot;0&quot;/>&lt;prop k=&quot;trim_distance_end_map_unit_scale&quot; v=&quot;3x:0,0,0,0,0,0&quot;/>&lt;prop k=&quot;trim_distance_end_unit&quot; v=&quot;MM&quot;/>&lt;prop k=&quot;trim_distance_start&quot; v=&quot;0&quot;/>&lt;prop k=&quot;trim_distance_start_map_unit_scale&quot; v=&quot;3x:0,0,0,0,0,0&quot;/>&lt;prop k=&quot;trim_distance_start_unit&quot; v=&quot;MM&quot;/>&lt;prop k=&quot;tweak_dash_pattern_on_corners&quot; v=&quot;0&quot;/>&lt;prop k=&quot;use_custom_dash&quot; v=&quot;0&quot;/>&lt;prop k=&quot;width_map_unit_scale&quot; v=&quot;3x:0,0,0,0,0,0&quot;/>&lt;data_defined_properties>&lt;Option type=&quot;Map&quot;>&lt;Option value=&quot;&quot; type=&quot;QString&quot; name=&quot;name&quot;/>&lt;Option name=&quot;properties&quot;/>&lt;Option value=&quot;collection&quot; type=&quot;QString&quot; name=&quot;type&quot;/>&lt;/Option>&lt;/data_defined_properties>&lt;/layer>&lt;/symbol>" type="QString" name="lineSymbol"/>
              <Option value="0" type="double" name="minLength"/>
              <Option value="3x:0,0,0,0,0,0" type="QString" name="minLengthMapUnitScale"/>
              <Option value="MM" type="QString" name="minLengthUnit"/>
              <Option value="0" type="double" name="offsetFromAnchor"/>
              <Option value="3x:0,0,0,0,0,0" type="QString" name="offsetFromAnchorMapUnitScale"/>
              <Option value="MM" type="QString" name="offsetFromAnchorUnit"/>
              <Option value="0" type="double" name="offsetFromLabel"/>
              <Option value="3x:0,0,0,0,0,0" type="QString" name="offsetFromLabelMapUnitScale"/>
              <Option value="MM" type="QString" name="offsetFromLabelUnit"/>
            </Option>
          </callout>
        </settings>
      </rule>
      <rule key="{278cb539-ca21-4170-8fe5-f1f41b07cc39}" description="case code">
        <settings calloutType="simple">
          <text-style legendString="Aa" capitalization="0" multilineHeight="1" isExpression="0" fontWeight="50" fontSizeMapUnitScale="3x:0,0,0,0,0,0" textColor="34,34,34,255" namedStyle="" fontUnderline="0" useSubstitutions="0" textOpacity="1" fontSize="7.5" fontWordSpacing="0" fontFamily="Noto Sans CJK SC" fontSizeUnit="Point" blendMode="0" fontItalic="0" previewBkgrdColor="255,255,255,255" fontLetterSpacing="0" allowHtml="0" fontKerning="1" textOrientation="horizontal" fieldName="code" fontStrikeout="0">
            <families/>
            <text-buffer bufferDraw="1" bufferBlendMode="0" bufferSize="0.69999999999999996" bufferSizeUnits="MM" bufferNoFill="1" bufferJoinStyle="128" bufferSizeMapUnitScale="3x:0,0,0,0,0,0" bufferOpacity="0.84999999999999998" bufferColor="255,255,255,255"/>
            <text-mask maskType="0" maskJoinStyle="128" maskedSymbolLayers="" maskSizeUnits="MM" maskSizeMapUnitScale="3x:0,0,0,0,0,0" maskOpacity="1" maskEnabled="0" maskSize="1.5"/>
            <background shapeOffsetY="0" shapeRadiiUnit="MM" shapeFillColor="255,255,255,255" shapeBorderColor="128,128,128,255" shapeJoinStyle="64" shapeOpacity="1" shapeBlendMode="0" shapeOffsetUnit="MM" shapeOffsetX="0" shapeSizeMapUnitScale="3x:0,0,0,0,0,0" shapeBorderWidth="0" shapeType="0" shapeOffsetMapUnitScale="3x:0,0,0,0,0,0" shapeRotation="0" shapeSizeY="0" shapeSizeUnit="MM" shapeBorderWidthUnit="MM" shapeBorderWidthMapUnitScale="3x:0,0,0,0,0,0" shapeSizeType="0" shapeRadiiY="0" shapeSVGFile="" shapeDraw="0" shapeSizeX="0" shapeRadiiMapUnitScale="3x:0,0,0,0,0,0" shapeRotationType="0" shapeRadiiX="0">
              <symbol alpha="1" force_rhr="0" type="fill" name="fillSymbol" clip_to_extent="1">
                <data_defined_properties>
                  <Option type="Map">
                    <Option value="" type="QString" name="name"/>
                    <Option name="properties"/>
                    <Option value="collection" type="QString" name="type"/>
                  </Option>
                </data_defined_properties>
                <layer enabled="1" locked="0" pass="0" class="SimpleFill">
                  <Option type="Map">
                    <Option value="3x:0,0,0,0,0,0" type="QString" name="border_width_map_unit_scale"/>
                    <Option value="255,255,255,255" type="QString" name="color"/>
                    <Option value="bevel" type="QString" name="joinstyle"/>
                    <Option value="0,0" type="QString" name="offset"/>
                    <Option value="3x:0,0,0,0,0,0" type="QString" name="offset_map_unit_scale"/>
                    <Option value="MM" type="QString" name="offset_unit"/>
                    <Option value="128,128,128,255" type="QString" name="outline_color"/>
                    <Option value="no" type="QString" name="outline_style"/>
                    <Option value="0" type="QString" name="outline_width"/>
                    <Option value="MM" type="QString" name="outline_width_unit"/>
                    <Option value="solid" type="QString" name="style"/>
                  </Option>
                  <prop k="border_width_map_unit_scale" v="3x:0,0,0,0,0,0"/>
                  <prop k="color" v="255,255,255,255"/>
                  <prop k="joinstyle" v="bevel"/>
                  <prop k="offset" v="0,0"/>
                  <prop k="offset_map_unit_scale" v="3x:0,0,0,0,0,0"/>
                  <prop k="offset_unit" v="MM"/>
                  <prop k="outline_color" v="128,128,128,255"/>
                  <prop k="outline_style" v="no"/>
                  <prop k="outline_width" v="0"/>
                  <prop k="outline_width_unit" v="MM"/>
                  <prop k="style" v="solid"/>
                  <data_defined_properties>
                    <Option type="Map">
                      <Option value="" type="QString" name="name"/>
                      <Option name="properties"/>
                      <Option value="collection" type="QString" name="type"/>
                    </Option>
                  </data_defined_properties>
                </layer>
              </symbol>
            </background>
            <shadow shadowOffsetGlobal="1" shadowOffsetDist="1" shadowBlendMode="6" shadowOffsetAngle="135" shadowRadiusAlphaOnly="0" shadowRadius="1.5" shadowOffsetUnit="MM" shadowOffsetMapUnitScale="3x:0,0,0,0,0,0" shadowScale="100" shadowColor="0,0,0,255" shadowUnder="0" shadowOpacity="0.69999999999999996" shadowRadiusMapUnitScale="3x:0,0,0,0,0,0" shadowRadiusUnit="MM" shadowDraw="0"/>
            <dd_properties>
              <Option type="Map">
                <Option value="" type="QString" name="name"/>
                <Option name="properties"/>
                <Option value="collection" type="QString" name="type"/>
              </Option>
            </dd_properties>
            <substitutions/>
          </text-style>
          <text-format leftDirectionSymbol="&lt;" reverseDirectionSymbol="0" autoWrapLength="0" rightDirectionSymbol=">" placeDirectionSymbol="0" useMaxLineLengthForAutoWrap="1" multilineAlign="3" formatNumbers="0" plussign="0" decimals="3" addDirectionSymbol="0" wrapChar=""/>
          <placement quadOffset="4" repeatDistanceMapUnitScale="3x:0,0,0,0,0,0" polygonPlacementFlags="2" offsetUnits="MM" overrunDistance="0" priority="10" repeatDistanceUnits="MM" fitInPolygonOnly="0" layerType="UnknownGeometry" xOffset="0" distUnits="MM" maxCurvedCharAngleIn="25" preserveRotation="1" placement="0" distMapUnitScale="3x:0,0,0,0,0,0" dist="1.2" rotationAngle="0" overrunDistanceUnit="MM" centroidInside="1" centroidWhole="0" yOffset="0" predefinedPositionOrder="TR,TL,BR,BL,R,L,TSR,BSR" lineAnchorType="0" labelOffsetMapUnitScale="3x:0,0,0,0,0,0" repeatDistance="0" geometryGenerator="" geometryGeneratorEnabled="0" rotationUnit="AngleDegrees" maxCurvedCharAngleOut="-25" placementFlags="10" offsetType="0" overrunDistanceMapUnitScale="3x:0,0,0,0,0,0" lineAnchorPercent="0.5" lineAnchorClipping="0" geometryGeneratorType="PointGeometry"/>
          <rendering displayAll="0" obstacle="1" obstacleType="1" upsidedownLabels="0" fontLimitPixelSize="0" scaleMin="0" obstacleFactor="1" fontMaxPixelSize="10000" minFeatureSize="0" scaleVisibility="1" limitNumLabels="0" labelPerPart="0" scaleMax="1000" zIndex="0" maxNumLabels="2000" mergeLines="0" drawLabels="1" unplacedVisibility="0" fontMinPixelSize="0"/>
          <dd_properties>
            <Option type="Map">
              <Option value="" type="QString" name="name"/>
              <Option name="properties"/>
              <Option value="collection" type="QString" name="type"/>
            </Option>
          </dd_properties>
          <callout type="simple">
            <Option type="Map">
              <Option value="pole_of_inaccessibility" type="QString" name="anchorPoint"/>
              <Option value="0" type="int" name="blendMode"/>
              <Option type="Map" name="ddProperties">
                <Option value="" type="QString" name="name"/>
                <Option name="properties"/>
                <Option value="collection" type="QString" name="type"/>
              </Option>
              <Option value="false" type="bool" name="drawToAllParts"/>
              <Option value="0" type="QString" name="enabled"/>
              <Option value="point_on_exterior" type="QString" name="labelAnchorPoint"/>
              <Option value="&lt;symbol alpha=&quot;1&quot; force_rhr=&quot;0&quot; type=&quot;line&quot; name=&quot;symbol&quot; clip_to_extent=&quot;1&quot;>&lt;data_defined_properties>&lt;Option type=&quot;Map&quot;>&lt;Option value=&quot;&quot; type=&quot;QString&quot; name=&quot;name&quot;/>&lt;Option name=&quot;properties&quot;/>&lt;Option value=&quot;collection&quot; type=&quot;QString&quot; name=&quot;type&quot;/>&lt;/Option>&lt;/data_defined_properties>&lt;layer enabled=&quot;1&quot; locked=&quot;0&quot; pass=&quot;0&quot; class=&quot;SimpleLine&quot;>&lt;Option type=&quot;Map&quot;>&lt;Option value=&quot;0&quot; type=&quot;QString&quot; name=&quot;align_dash_pattern&quot;/>&lt;Option value=&quot;square&quot; type=&quot;QString&quot; name=&quot;capstyle&quot;/>&lt;Option value=&quot;5;2&quot; type=&quot;QString&quot; name=&quot;customdash&quot;/>&lt;Option value=&quot;3x:0,0,0,0,0,0&quot; type=&quot;QString&quot; name=&quot;customdash_map_unit_scale&quot;/>&lt;Option value=&quot;MM&quot; type=&quot;QString&quot; name=&quot;customdash_unit&quot;/>&lt;Option value=&quot;0&quot; type=&quot;QString&quot; name=&quot;dash_pattern_offset&quot;/>&lt;Option value=&quot;3x:0,0,0,0,0,0&quot; type=&quot;QString&quot; name=&quot;dash_pattern_offset_map_unit_scale&quot;/>&lt;Option value=&quot;MM&quot; type=&quot;QString&quot; name=&quot;dash_pattern_offset_unit&quot;/>&lt;Option value=&quot;0&quot; type=&quot;QString&quot; name=&quot;draw_inside_polygon&quot;/>&lt;Option value=&quot;bevel&quot; type=&quot;QString&quot; name=&quot;joinstyle&quot;/>&lt;Option value=&quot;60,60,60,255&quot; type=&quot;QString&quot; name=&quot;line_color&quot;/>&lt;Option value=&quot;solid&quot; type=&quot;QString&quot; name=&quot;line_style&quot;/>&lt;Option value=&quot;0.3&quot; type=&quot;QString&quot; name=&quot;line_width&quot;/>&lt;Option value=&quot;MM&quot; type=&quot;QString&quot; name=&quot;line_width_unit&quot;/>&lt;Option value=&quot;0&quot; type=&quot;QString&quot; name=&quot;offset&quot;/>&lt;Option value=&quot;3x:0,0,0,0,0,0&quot; type=&quot;QString&quot; name=&quot;offset_map_unit_scale&quot;/>&lt;Option value=&quot;MM&quot; type=&quot;QString&quot; name=&quot;offset_unit&quot;/>&lt;Option value=&quot;0&quot; type=&quot;QString&quot; name=&quot;ring_filter&quot;/>&lt;Option value=&quot;0&quot; type=&quot;QString&quot; name=&quot;trim_distance_end&quot;/>&lt;Option value=&quot;3x:0,0,0,0,0,0&quot; type=&quot;QString&quot; name=&quot;trim_distance_end_map_unit_scale&quot;/>&lt;Option value=&quot;MM&quot; type=&quot;QString&quot; name=&quot;trim_distance_end_unit&quot;/>&lt;Option value=&quot;0&quot; type=&quot;QString&quot; name=&quot;trim_distance_start&quot;/>&lt;Option value=&quot;3x:0,0,0,0,0,0&quot; type=&quot;QString&quot; name=&quot;trim_distance_start_map_unit_scale&quot;/>&lt;Option value=&quot;MM&quot; type=&quot;QString&quot; name=&quot;trim_distance_start_unit&quot;/>&lt;Option value=&quot;0&quot; type=&quot;QString&quot; name=&quot;tweak_dash_pattern_on_corners&quot;/>&lt;Option value=&quot;0&quot; type=&quot;QString&quot; name=&quot;use_custom_dash&quot;/>&lt;Option value=&quot;3x:0,0,0,0,0,0&quot; type=&quot;QString&quot; name=&quot;width_map_unit_scale&quot;/>&lt;/Option>&lt;prop k=&quot;align_dash_pattern&quot; v=&quot;0&quot;/>&lt;prop k=&quot;capstyle&quot; v=&quot;square&quot;/>&lt;prop k=&quot;customdash&quot; v=&quot;5;2&quot;/>&lt;prop k=&quot;customdash_map_unit_scale&quot; v=&quot;3x:0,0,0,0,0,0&quot;/>&lt;prop k=&quot;customdash_unit&quot; v=&quot;MM&quot;/>&lt;prop k=&quot;dash_pattern_offset&quot; v=&quot;0&quot;/>&lt;prop k=&quot;dash_pattern_offset_map_unit_scale&quot; v=&quot;3x:0,0,0,0,0,0&quot;/>&lt;prop k=&quot;dash_pattern_offset_unit&quot; v=&quot;MM&quot;/>&lt;prop k=&quot;draw_inside_polygon&quot; v=&quot;0&quot;/>&lt;prop k=&quot;joinstyle&quot; v=&quot;bevel&quot;/>&lt;prop k=&quot;line_color&quot; v=&quot;60,60,60,255&quot;/>&lt;prop k=&quot;line_style&quot; v=&quot;solid&quot;/>&lt;prop k=&quot;line_width&quot; v=&quot;0.3&quot;/>&lt;prop k=&quot;line_width_unit&quot; v=&quot;MM&quot;/>&lt;prop k=&quot;offset&quot; v=&quot;0&quot;/>&lt;prop k=&quot;offset_map_unit_scale&quot; v=&quot;3x:0,0,0,0,0,0&quot;/>&lt;prop k=&quot;offset_unit&quot; v=&quot;MM&quot;/>&lt;prop k=&quot;ring_filter&quot; v=&quot;0&quot;/>&lt;prop k=&quot;trim_distance_end&quot; v=&quot;0&quot;/>&lt;prop k=&quot;trim_distance_end_map_unit_scale&quot; v=&quot;3x:0,0,0,0,0,0&quot;/>&lt;prop k=&quot;trim_distance_end_unit&quot; v=&quot;MM&quot;/>&lt;prop k=&quot;trim_distance_start&quot; v=&quot;0&quot;/>&lt;prop k=&quot;trim_distance_start_map_unit_scale&quot; v=&quot;3x:0,0,0,0,0,0&quot;/>&lt;prop k=&quot;trim_distance_start_unit&quot; v=&quot;MM&quot;/>&lt;prop k=&quot;tweak_dash_pattern_on_corners&quot; v=&quot;0&quot;/>&lt;prop k=&quot;use_custom_dash&quot; v=&quot;0&quot;/>&lt;prop k=&quot;width_map_unit_scale&quot; v=&quot;3x:0,0,0,0,0,0&quot;/>&lt;data_defined_properties>&lt;Option type=&quot;Map&quot;>&lt;Option value=&quot;&quot; type=&quot;QString&quot; name=&quot;name&quot;/>&lt;Option name=&quot;properties&quot;/>&lt;Option value=&quot;collection&quot; type=&quot;QString&quot; name=&quot;type&quot;/>&lt;/Option>&lt;/data_defined_properties>&lt;/layer>&lt;/symbol>" type="QString" name="lineSymbol"/>
              <Option value="0" type="double" name="minLength"/>
              <Option value="3x:0,0,0,0,0,0" type="QString" name="minLengthMapUnitScale"/>
              <Option value="MM" type="QString" name="minLengthUnit"/>
              <Option value="0" type="double" name="offsetFromAnchor"/>
              <Option value="3x:0,0,0,0,0,0" type="QString" name="offsetFromAnchorMapUnitScale"/>
              <Option value="MM" type="QString" name="offsetFromAnchorUnit"/>
              <Option value="0" type="double" name="offsetFromLabel"/>
              <Option value="3x:0,0,0,0,0,0" type="QString" name="offsetFromLabelMapUnitScale"/>
              <Option value="MM" type="QString" name="offsetFromLabelUnit"/>
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
    <field configurationFlags="None" name="warn_at"/>
    <field configurationFlags="None" name="handling_district"/>
    <field configurationFlags="None" name="ordered_inspector"/>
    <field configurationFlags="None" name="return_reason"/>
    <field configurationFlags="None" name="proxy_handling"/>
    <field configurationFlags="None" name="merged_into"/>
    <field configurationFlags="None" name="urge_reply_deadline"/>
    <field configurationFlags="None" name="caller_name"/>
    <field configurationFlags="None" name="caller_phone"/>
    <field configurationFlags="None" name="reply_wanted"/>
    <field configurationFlags="None" name="callback_contact"/>
    <field configurationFlags="None" name="callback_satisfaction"/>
    <field configurationFlags="None" name="callback_at"/>
    <field configurationFlags="None" name="light"/>
  </fieldConfiguration>
  <aliases>
    <alias field="id" index="0" name=""/>
    <alias field="code" index="1" name=""/>
    <alias field="source" index="2" name=""/>
    <alias field="kind" index="3" name=""/>
    <alias field="class_code" index="4" name=""/>
    <alias field="description" index="5" name=""/>
    <alias field="address" index="6" name=""/>
    <alias field="urgent" index="7" name=""/>
    <alias field="component_code" index="8" name=""/>
    <alias field="x" index="9" name=""/>
    <alias field="y" index="10" name=""/>
    <alias field="grid_code" index="11" name=""/>
    <alias field="community_code" index="12" name=""/>
    <alias field="street_code" index="13" name=""/>
    <alias field="district_code" index="14" name=""/>
    <alias field="level" index="15" name=""/>
    <alias field="state" index="16" name=""/>
    <alias field="reporter" index="17" name=""/>
    <alias field="inspector" index="18" name=""/>
    <alias field="department_code" index="19" name=""/>
    <alias field="suggested_department_code" index="20" name=""/>
    <alias field="last_department_code" index="21" name=""/>
    <alias field="stage" index="22" name=""/>
    <alias field="stage_started_at" index="23" name=""/>
    <alias field="deadline" index="24" name=""/>
    <alias field="paused_at" index="25" name=""/>
    <alias field="postponement_until" index="26" name=""/>
    <alias field="verification_result" index="27" name=""/>
    <alias field="check_result" index="28" name=""/>
    <alias field="close_type" index="29" name=""/>
    <alias field="rework_count" index="30" name=""/>
    <alias field="return_count" index="31" name=""/>
    <alias field="urge_count" index="32" name=""/>
    <alias field="postpone_count" index="33" name=""/>
    <alias field="registered_at" index="34" name=""/>
    <alias field="accepted_at" index="35" name=""/>
    <alias field="accept_late" index="36" name=""/>
    <alias field="filed_at" index="37" name=""/>
    <alias field="verify_late" index="38" name=""/>
    <alias field="dispatched_at" index="39" name=""/>
    <alias field="dispatch_late" index="40" name=""/>
    <alias field="handle_deadline" index="41" name=""/>
    <alias field="handled_at" index="42" name=""/>
    <alias field="handle_late" index="43" name=""/>
    <alias field="check_late" index="44" name=""/>
    <alias field="closed_at" index="45" name=""/>
    <alias field="updated_at" index="46" name=""/>
    <alias field="version" index="47" name=""/>
    <alias field="warn_at" index="48" name=""/>
    <alias field="handling_district" index="49" name=""/>
    <alias field="ordered_inspector" index="50" name=""/>
    <alias field="return_reason" index="51" name=""/>
    <alias field="proxy_handling" index="52" name=""/>
    <alias field="merged_into" index="53" name=""/>
    <alias field="urge_reply_deadline" index="54" name=""/>
    <alias field="caller_name" index="55" name=""/>
    <alias field="caller_phone" index="56" name=""/>
    <alias field="reply_wanted" index="57" name=""/>
    <alias field="callback_contact" index="58" name=""/>
    <alias field="callback_satisfaction" index="59" name=""/>
    <alias field="callback_at" index="60" name=""/>
    <alias field="light" index="61" name=""/>
  </aliases>
  <defaults>
    <default field="id" expression="" applyOnUpdate="0"/>
    <default field="code" expression="" applyOnUpdate="0"/>
    <default field="source" expression="" applyOnUpdate="0"/>
    <default field="kind" expression="" applyOnUpdate="0"/>
    <default field="class_code" expression="" applyOnUpdate="0"/>
    <default field="description" expression="" applyOnUpdate="0"/>
    <default field="address" expression="" applyOnUpdate="0"/>
    <default field="urgent" expression="" applyOnUpdate="0"/>
    <default field="component_code" expression="" applyOnUpdate="0"/>
    <default field="x" expression="" applyOnUpdate="0"/>
    <default field="y" expression="" applyOnUpdate="0"/>
    <default field="grid_code" expression="" applyOnUpdate="0"/>
    <default field="community_code" expression="" applyOnUpdate="0"/>
    <default field="street_code" expression="" applyOnUpdate="0"/>
    <default field="district_code" expression="" applyOnUpdate="0"/>
    <default field="level" expression="" applyOnUpdate="0"/>
    <default field="state" expression="" applyOnUpdate="0"/>
    <default field="reporter" expression="" applyOnUpdate="0"/>
    <default field="inspector" expression="" applyOnUpdate="0"/>
    <default field="department_code" expression="" applyOnUpdate="0"/>
    <default field="suggested_department_code" expression="" applyOnUpdate="0"/>
    <default field="last_department_code" expression="" applyOnUpdate="0"/>
    <default field="stage" expression="" applyOnUpdate="0"/>
    <default field="stage_started_at" expression="" applyOnUpdate="0"/>
    <default field="deadline" expression="" applyOnUpdate="0"/>
    <default field="paused_at" expression="" applyOnUpdate="0"/>
    <default field="postponement_until" expression="" applyOnUpdate="0"/>
    <default field="verification_result" expression="" applyOnUpdate="0"/>
    <default field="check_result" expression="" applyOnUpdate="0"/>
    <default field="close_type" expression="" applyOnUpdate="0"/>
    <default field="rework_count" expression="" applyOnUpdate="0"/>
    <default field="return_count" expression="" applyOnUpdate="0"/>
    <default field="urge_count" expression="" applyOnUpdate="0"/>
    <default field="postpone_count" expression="" applyOnUpdate="0"/>
    <default field="registered_at" expression="" applyOnUpdate="0"/>
    <default field="accepted_at" expression="" applyOnUpdate="0"/>
    <default field="accept_late" expression="" applyOnUpdate="0"/>
    <default field="filed_at" expression="" applyOnUpdate="0"/>
    <default field="verify_late" expression="" applyOnUpdate="0"/>
    <default field="dispatched_at" expression="" applyOnUpdate="0"/>
    <default field="dispatch_late" expression="" applyOnUpdate="0"/>
    <default field="handle_deadline" expression="" applyOnUpdate="0"/>
    <default field="handled_at" expression="" applyOnUpdate="0"/>
    <default field="handle_late" expression="" applyOnUpdate="0"/>
    <default field="check_late" expression="" applyOnUpdate="0"/>
    <default field="closed_at" expression="" applyOnUpdate="0"/>
    <default field="updated_at" expression="" applyOnUpdate="0"/>
    <default field="version" expression="" applyOnUpdate="0"/>
    <default field="warn_at" expression="" applyOnUpdate="0"/>
    <default field="handling_district" expression="" applyOnUpdate="0"/>
    <default field="ordered_inspector" expression="" applyOnUpdate="0"/>
    <default field="return_reason" expression="" applyOnUpdate="0"/>
    <default field="proxy_handling" expression="" applyOnUpdate="0"/>
    <default field="merged_into" expression="" applyOnUpdate="0"/>
    <default field="urge_reply_deadline" expression="" applyOnUpdate="0"/>
    <default field="caller_name" expression="" applyOnUpdate="0"/>
    <default field="caller_phone" expression="" applyOnUpdate="0"/>
    <default field="reply_wanted" expression="" applyOnUpdate="0"/>
    <default field="callback_contact" expression="" applyOnUpdate="0"/>
    <default field="callback_satisfaction" expression="" applyOnUpdate="0"/>
    <default field="callback_at" expression="" applyOnUpdate="0"/>
    <default field="light" expression="" applyOnUpdate="0"/>
  </defaults>
  <constraints>
    <constraint field="id" unique_strength="0" notnull_strength="0" exp_strength="0" constraints="0"/>
    <constraint field="code" unique_strength="0" notnull_strength="0" exp_strength="0" constraints="0"/>
    <constraint field="source" unique_strength="0" notnull_strength="0" exp_strength="0" constraints="0"/>
    <constraint field="kind" unique_strength="0" notnull_strength="0" exp_strength="0" constraints="0"/>
    <constraint field="class_code" unique_strength="0" notnull_strength="0" exp_strength="0" constraints="0"/>
    <constraint field="description" unique_strength="0" notnull_strength="0" exp_strength="0" constraints="0"/>
    <constraint field="address" unique_strength="0" notnull_strength="0" exp_strength="0" constraints="0"/>
    <constraint field="urgent" unique_strength="0" notnull_strength="0" exp_strength="0" constraints="0"/>
    <constraint field="component_code" unique_strength="0" notnull_strength="0" exp_strength="0" constraints="0"/>
    <constraint field="x" unique_strength="0" notnull_strength="0" exp_strength="0" constraints="0"/>
    <constraint field="y" unique_strength="0" notnull_strength="0" exp_strength="0" constraints="0"/>
    <constraint field="grid_code" unique_strength="0" notnull_strength="0" exp_strength="0" constraints="0"/>
    <constraint field="community_code" unique_strength="0" notnull_strength="0" exp_strength="0" constraints="0"/>
    <constraint field="street_code" unique_strength="0" notnull_strength="0" exp_strength="0" constraints="0"/>
    <constraint field="district_code" unique_strength="0" notnull_strength="0" exp_strength="0" constraints="0"/>
    <constraint field="level" unique_strength="0" notnull_strength="0" exp_strength="0" constraints="0"/>
    <constraint field="state" unique_strength="0" notnull_strength="0" exp_strength="0" constraints="0"/>
    <constraint field="reporter" unique_strength="0" notnull_strength="0" exp_strength="0" constraints="0"/>
    <constraint field="inspector" unique_strength="0" notnull_strength="0" exp_strength="0" constraints="0"/>
    <constraint field="department_code" unique_strength="0" notnull_strength="0" exp_strength="0" constraints="0"/>
    <constraint field="suggested_department_code" unique_strength="0" notnull_strength="0" exp_strength="0" constraints="0"/>
    <constraint field="last_department_code" unique_strength="0" notnull_strength="0" exp_strength="0" constraints="0"/>
    <constraint field="stage" unique_strength="0" notnull_strength="0" exp_strength="0" constraints="0"/>
    <constraint field="stage_started_at" unique_strength="0" notnull_strength="0" exp_strength="0" constraints="0"/>
    <constraint field="deadline" unique_strength="0" notnull_strength="0" exp_strength="0" constraints="0"/>
    <constraint field="paused_at" unique_strength="0" notnull_strength="0" exp_strength="0" constraints="0"/>
    <constraint field="postponement_until" unique_strength="0" notnull_strength="0" exp_strength="0" constraints="0"/>
    <constraint field="verification_result" unique_strength="0" notnull_strength="0" exp_strength="0" constraints="0"/>
    <constraint field="check_result" unique_strength="0" notnull_strength="0" exp_strength="0" constraints="0"/>
    <constraint field="close_type" unique_strength="0" notnull_strength="0" exp_strength="0" constraints="0"/>
    <constraint field="rework_count" unique_strength="0" notnull_strength="0" exp_strength="0" constraints="0"/>
    <constraint field="return_count" unique_strength="0" notnull_strength="0" exp_strength="0" constraints="0"/>
    <constraint field="urge_count" unique_strength="0" notnull_strength="0" exp_strength="0" constraints="0"/>
    <constraint field="postpone_count" unique_strength="0" notnull_strength="0" exp_strength="0" constraints="0"/>
    <constraint field="registered_at" unique_strength="0" notnull_strength="0" exp_strength="0" constraints="0"/>
    <constraint field="accepted_at" unique_strength="0" notnull_strength="0" exp_strength="0" constraints="0"/>
    <constraint field="accept_late" unique_strength="0" notnull_strength="0" exp_strength="0" constraints="0"/>
    <constraint field="filed_at" unique_strength="0" notnull_strength="0" exp_strength="0" constraints="0"/>
    <constraint field="verify_late" unique_strength="0" notnull_strength="0" exp_strength="0" constraints="0"/>
    <constraint field="dispatched_at" unique_strength="0" notnull_strength="0" exp_strength="0" constraints="0"/>
    <constraint field="dispatch_late" unique_strength="0" notnull_strength="0" exp_strength="0" constraints="0"/>
    <constraint field="handle_deadline" unique_strength="0" notnull_strength="0" exp_strength="0" constraints="0"/>
    <constraint field="handled_at" unique_strength="0" notnull_strength="0" exp_strength="0" constraints="0"/>
    <constraint field="handle_late" unique_strength="0" notnull_strength="0" exp_strength="0" constraints="0"/>
    <constraint field="check_late" unique_strength="0" notnull_strength="0" exp_strength="0" constraints="0"/>
    <constraint field="closed_at" unique_strength="0" notnull_strength="0" exp_strength="0" constraints="0"/>
    <constraint field="updated_at" unique_strength="0" notnull_strength="0" exp_strength="0" constraints="0"/>
    <constraint field="version" unique_strength="0" notnull_strength="0" exp_strength="0" constraints="0"/>
    <constraint field="warn_at" unique_strength="0" notnull_strength="0" exp_strength="0" constraints="0"/>
    <constraint field="handling_district" unique_strength="0" notnull_strength="0" exp_strength="0" constraints="0"/>
    <constraint field="ordered_inspector" unique_strength="0" notnull_strength="0" exp_strength="0" constraints="0"/>
    <constraint field="return_reason" unique_strength="0" notnull_strength="0" exp_strength="0" constraints="0"/>
    <constraint field="proxy_handling" unique_strength="0" notnull_strength="0" exp_strength="0" constraints="0"/>
    <constraint field="merged_into" unique_strength="0" notnull_strength="0" exp_strength="0" constraints="0"/>
    <constraint field="urge_reply_deadline" unique_strength="0" notnull_strength="0" exp_strength="0" constraints="0"/>
    <constraint field="caller_name" unique_strength="0" notnull_strength="0" exp_strength="0" constraints="0"/>
    <constraint field="caller_phone" unique_strength="0" notnull_strength="0" exp_strength="0" constraints="0"/>
    <constraint field="reply_wanted" unique_strength="0" notnull_strength="0" exp_strength="0" constraints="0"/>
    <constraint field="callback_contact" unique_strength="0" notnull_strength="0" exp_strength="0" constraints="0"/>
    <constraint field="callback_satisfaction" unique_strength="0" notnull_strength="0" exp_strength="0" constraints="0"/>
    <constraint field="callback_at" unique_strength="0" notnull_strength="0" exp_strength="0" constraints="0"/>
    <constraint field="light" unique_strength="0" notnull_strength="0" exp_strength="0" constraints="0"/>
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
    <constraint field="warn_at" exp="" desc=""/>
    <constraint field="handling_district" exp="" desc=""/>
    <constraint field="ordered_inspector" exp="" desc=""/>
    <constraint field="return_reason" exp="" desc=""/>
    <constraint field="proxy_handling" exp="" desc=""/>
    <constraint field="merged_into" exp="" desc=""/>
    <constraint field="urge_reply_deadline" exp="" desc=""/>
    <constraint field="caller_name" exp="" desc=""/>
    <constraint field="caller_phone" exp="" desc=""/>
    <constraint field="reply_wanted" exp="" desc=""/>
    <constraint field="callback_contact" exp="" desc=""/>
    <constraint field="callback_satisfaction" exp="" desc=""/>
    <constraint field="callback_at" exp="" desc=""/>
    <constraint field="light" exp="" desc=""/>
  </constraintExpressions>
  <expressionfields>
    <field subType="0" expression="CASE&#xa; WHEN &quot;state&quot; IN ('closed', 'rejected', 'cancelled', 'merged', 'suspended') OR &quot;deadline&quot; IS NULL THEN NULL&#xa; WHEN if(@console_now_ms IS NULL, 2 * epoch(now()) - (day(to_date(now()) - to_date('1970-01-01')) * 86400 + hour(now()) * 3600 + minute(now()) * 60 + second(now())) * 1000, @console_now_ms) > epoch(&quot;deadline&quot;) THEN 'red'&#xa; WHEN if(@console_now_ms IS NULL, 2 * epoch(now()) - (day(to_date(now()) - to_date('1970-01-01')) * 86400 + hour(now()) * 3600 + minute(now()) * 60 + second(now())) * 1000, @console_now_ms) > coalesce(epoch(&quot;warn_at&quot;), 0.2 * epoch(&quot;stage_started_at&quot;) + 0.8 * epoch(&quot;deadline&quot;)) THEN 'yellow'&#xa; ELSE 'green'&#xa;END" name="light" precision="0" type="10" typeName="string" comment="" length="8"/>
  </expressionfields>
  <mapTip></mapTip>
  <layerGeometryType>0</layerGeometryType>
</qgis>
