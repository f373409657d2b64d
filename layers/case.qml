<!DOCTYPE qgis PUBLIC 'http://mrcc.com/qgis.dtd' 'SYSTEM'>
<qgis simplifyDrawingHints="1" version="3.22.16-Białowieża" simplifyAlgorithm="0" minScale="100000000" labelsEnabled="1" simplifyMaxScale="1" hasScaleBasedVisibilityFlag="0" styleCategories="Symbology|Labeling|Fields|MapTips|Rendering" maxScale="0" symbologyReferenceScale="-1" simplifyDrawingTol="1" simplifyLocal="1">
  <renderer-v2 forceraster="0" referencescale="-1" toleranceUnit="MM" symbollevels="0" type="pointCluster" tolerance="8" toleranceUnitScale="3x:0,0,0,0,0,0" enableorderby="1">
    <renderer-v2 forceraster="0" referencescale="-1" symbollevels="0" type="RuleRenderer" enableorderby="0">
      <rules key="{6b927f12-a1ed-484f-b6ff-bdcf1c9bae13}">
        <rule key="{b8868f0e-d4dc-40ad-a0be-35f0f60f360d}" scalemaxdenom="25000" label="Pins (street scale)" description="street scale: shape = stage, colour = deadline light">
          <rule filter="&quot;state&quot; IN ('reported', 'verifying', 'adjudicating')" key="{6cfa98c2-8320-44af-9d8e-e4b99b85acf6}" scalemaxdenom="25000" label="Awaiting acceptance" description="受理 (登记/核实/值班长)">
            <rule filter="&quot;light&quot; = 'red'" key="{7c95b66b-1206-4965-9cab-cb95f86bc94a}" symbol="0" scalemaxdenom="25000" label="Overdue" description="超期"/>
            <rule filter="&quot;light&quot; = 'yellow'" key="{69d7aaa1-22db-48fa-90a2-94049a4a4f38}" symbol="1" scalemaxdenom="25000" label="Due soon" description="将到期 (>80%)"/>
            <rule filter="ELSE" key="{5c9094b5-6500-446a-8c02-8f9f6fa99a30}" symbol="2" scalemaxdenom="25000" label="On time" description="正常"/>
          </rule>
          <rule filter="&quot;state&quot; IN ('filed')" key="{7c3f9e92-bc16-4040-8085-c143d88105fb}" scalemaxdenom="25000" label="Awaiting dispatch" description="待派遣">
            <rule filter="&quot;light&quot; = 'red'" key="{6ed63c41-fd3a-402e-9560-af7ddda8784c}" symbol="3" scalemaxdenom="25000" label="Overdue" description="超期"/>
            <rule filter="&quot;light&quot; = 'yellow'" key="{c2fcc5ed-f1fe-40fa-91d1-d7757d5619eb}" symbol="4" scalemaxdenom="25000" label="Due soon" description="将到期 (>80%)"/>
            <rule filter="ELSE" key="{7b42e8bb-80a8-45e9-8317-3f52543e45a2}" symbol="5" scalemaxdenom="25000" label="On time" description="正常"/>
          </rule>
          <rule filter="&quot;state&quot; IN ('dispatched', 'handled')" key="{3f61b70e-0e28-45d4-a39e-bf1de7758b6c}" scalemaxdenom="25000" label="With a department" description="处置/处置反馈">
            <rule filter="&quot;light&quot; = 'red'" key="{1a8973a8-0465-45de-a821-17ad967113a6}" symbol="6" scalemaxdenom="25000" label="Overdue" description="超期"/>
            <rule filter="&quot;light&quot; = 'yellow'" key="{97dabb22-3e8f-4bbd-bcf6-fc3063e27234}" symbol="7" scalemaxdenom="25000" label="Due soon" description="将到期 (>80%)"/>
            <rule filter="ELSE" key="{fc5ba340-333d-44a5-8f5f-c76a579848d4}" symbol="8" scalemaxdenom="25000" label="On time" description="正常"/>
          </rule>
          <rule filter="&quot;state&quot; IN ('checking')" key="{89d0c177-9123-4dc4-aeaf-aa1e02db894b}" scalemaxdenom="25000" label="Under inspection" description="核查">
            <rule filter="&quot;light&quot; = 'red'" key="{1d14cdae-73b1-4971-a932-4214d848a255}" symbol="9" scalemaxdenom="25000" label="Overdue" description="超期"/>
            <rule filter="&quot;light&quot; = 'yellow'" key="{5a0cf2e4-f0f9-47c7-ad4b-aa43e167554d}" symbol="10" scalemaxdenom="25000" label="Due soon" description="将到期 (>80%)"/>
            <rule filter="ELSE" key="{66078d4f-911b-4dff-abd9-10b9277e87d6}" symbol="11" scalemaxdenom="25000" label="On time" description="正常"/>
          </rule>
          <rule filter="&quot;state&quot; = 'suspended'" key="{756becfe-09e9-4ac4-aee0-dca54c716e62}" symbol="12" scalemaxdenom="25000" label="Suspended" description="挂账"/>
          <rule filter="&quot;state&quot; IN ('closed', 'rejected', 'cancelled')" key="{d4015584-4d71-44c0-b731-7cce7786c0f4}" symbol="13" scalemaxdenom="25000" label="Closed, rejected or cancelled" description="已结案/不受理/作废"/>
        </rule>
        <rule key="{42b97f7e-0c34-4321-a691-5c05efe5aa1f}" scalemindenom="25000" label="Dots and clusters (city scale)" description="city scale: overdue red, others blue">
          <rule filter="&quot;light&quot; = 'red'" key="{cb52bbe9-6c20-4f42-a06d-3d36692859ac}" scalemindenom="25000" symbol="14" label="Overdue" description="超期"/>
          <rule filter="&quot;state&quot; IN ('closed', 'rejected', 'cancelled')" key="{8eb1d048-69b2-4225-8222-3e4f99518371}" scalemindenom="25000" symbol="15" label="Closed, rejected or cancelled" description="已结案/不受理/作废"/>
          <rule filter="ELSE" key="{02aea582-61c1-4148-b56e-19ca4cef536d}" scalemindenom="25000" symbol="16" label="Open, not overdue" description="未超期"/>
        </rule>
      </rules>
      <symbols>
        <symbol name="0" clip_to_extent="1" force_rhr="0" type="marker" alpha="1">
          <data_defined_properties>
            <Option type="Map">
              <Option value="" name="name" type="QString"/>
              <Option name="properties"/>
              <Option value="collection" name="type" type="QString"/>
            </Option>
          </data_defined_properties>
          <layer enabled="1" class="SimpleMarker" pass="0" locked="0">
            <Option type="Map">
              <Option value="0" name="angle" type="QString"/>
              <Option value="square" name="cap_style" type="QString"/>
              <Option value="224,32,42,255" name="color" type="QString"/>
              <Option value="1" name="horizontal_anchor_point" type="QString"/>
              <Option value="bevel" name="joinstyle" type="QString"/>
              <Option value="circle" name="name" type="QString"/>
              <Option value="0,0" name="offset" type="QString"/>
              <Option value="3x:0,0,0,0,0,0" name="offset_map_unit_scale" type="QString"/>
              <Option value="MM" name="offset_unit" type="QString"/>
              <Option value="255,255,255,255" name="outline_color" type="QString"/>
              <Option value="solid" name="outline_style" type="QString"/>
              <Option value="0.6" name="outline_width" type="QString"/>
              <Option value="3x:0,0,0,0,0,0" name="outline_width_map_unit_scale" type="QString"/>
              <Option value="MM" name="outline_width_unit" type="QString"/>
              <Option value="diameter" name="scale_method" type="QString"/>
              <Option value="4.8" name="size" type="QString"/>
              <Option value="3x:0,0,0,0,0,0" name="size_map_unit_scale" type="QString"/>
              <Option value="MM" name="size_unit" type="QString"/>
              <Option value="1" name="vertical_anchor_point" type="QString"/>
            </Option>
            <prop k="angle" v="0"/>
            <prop k="cap_style" v="square"/>
            <prop k="color" v="224,32,42,255"/>
            <prop k="horizontal_anchor_point" v="1"/>
            <prop k="joinstyle" v="bevel"/>
            <prop k="name" v="circle"/>
            <prop k="offset" v="0,0"/>
            <prop k="offset_map_unit_scale" v="3x:0,0,0,0,0,0"/>
            <prop k="offset_unit" v="MM"/>
            <prop k="outline_color" v="255,255,255,255"/>
            <prop k="outline_style" v="solid"/>
            <prop k="outline_width" v="0.6"/>
            <prop k="outline_width_map_unit_scale" v="3x:0,0,0,0,0,0"/>
            <prop k="outline_width_unit" v="MM"/>
            <prop k="scale_method" v="diameter"/>
            <prop k="size" v="4.8"/>
            <prop k="size_map_unit_scale" v="3x:0,0,0,0,0,0"/>
            <prop k="size_unit" v="MM"/>
            <prop k="vertical_anchor_point" v="1"/>
            <data_defined_properties>
              <Option type="Map">
                <Option value="" name="name" type="QString"/>
                <Option name="properties"/>
                <Option value="collection" name="type" type="QString"/>
              </Option>
            </data_defined_properties>
          </layer>
        </symbol>
        <symbol name="1" clip_to_extent="1" force_rhr="0" type="marker" alpha="1">
          <data_defined_properties>
            <Option type="Map">
              <Option value="" name="name" type="QString"/>
              <Option name="properties"/>
              <Option value="collection" name="type" type="QString"/>
            </Option>
          </data_defined_properties>
          <layer enabled="1" class="SimpleMarker" pass="0" locked="0">
            <Option type="Map">
              <Option value="0" name="angle" type="QString"/>
              <Option value="square" name="cap_style" type="QString"/>
              <Option value="242,169,0,255" name="color" type="QString"/>
              <Option value="1" name="horizontal_anchor_point" type="QString"/>
              <Option value="bevel" name="joinstyle" type="QString"/>
              <Option value="circle" name="name" type="QString"/>
              <Option value="0,0" name="offset" type="QString"/>
              <Option value="3x:0,0,0,0,0,0" name="offset_map_unit_scale" type="QString"/>
              <Option value="MM" name="offset_unit" type="QString"/>
              <Option value="255,255,255,255" name="outline_color" type="QString"/>
              <Option value="solid" name="outline_style" type="QString"/>
              <Option value="0.5" name="outline_width" type="QString"/>
              <Option value="3x:0,0,0,0,0,0" name="outline_width_map_unit_scale" type="QString"/>
              <Option value="MM" name="outline_width_unit" type="QString"/>
              <Option value="diameter" name="scale_method" type="QString"/>
              <Option value="4.2" name="size" type="QString"/>
              <Option value="3x:0,0,0,0,0,0" name="size_map_unit_scale" type="QString"/>
              <Option value="MM" name="size_unit" type="QString"/>
              <Option value="1" name="vertical_anchor_point" type="QString"/>
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
                <Option value="" name="name" type="QString"/>
                <Option name="properties"/>
                <Option value="collection" name="type" type="QString"/>
              </Option>
            </data_defined_properties>
          </layer>
        </symbol>
        <symbol name="10" clip_to_extent="1" force_rhr="0" type="marker" alpha="1">
          <data_defined_properties>
            <Option type="Map">
              <Option value="" name="name" type="QString"/>
              <Option name="properties"/>
              <Option value="collection" name="type" type="QString"/>
            </Option>
          </data_defined_properties>
          <layer enabled="1" class="SimpleMarker" pass="0" locked="0">
            <Option type="Map">
              <Option value="0" name="angle" type="QString"/>
              <Option value="square" name="cap_style" type="QString"/>
              <Option value="242,169,0,255" name="color" type="QString"/>
              <Option value="1" name="horizontal_anchor_point" type="QString"/>
              <Option value="bevel" name="joinstyle" type="QString"/>
              <Option value="triangle" name="name" type="QString"/>
              <Option value="0,0" name="offset" type="QString"/>
              <Option value="3x:0,0,0,0,0,0" name="offset_map_unit_scale" type="QString"/>
              <Option value="MM" name="offset_unit" type="QString"/>
              <Option value="255,255,255,255" name="outline_color" type="QString"/>
              <Option value="solid" name="outline_style" type="QString"/>
              <Option value="0.5" name="outline_width" type="QString"/>
              <Option value="3x:0,0,0,0,0,0" name="outline_width_map_unit_scale" type="QString"/>
              <Option value="MM" name="outline_width_unit" type="QString"/>
              <Option value="diameter" name="scale_method" type="QString"/>
              <Option value="4.6" name="size" type="QString"/>
              <Option value="3x:0,0,0,0,0,0" name="size_map_unit_scale" type="QString"/>
              <Option value="MM" name="size_unit" type="QString"/>
              <Option value="1" name="vertical_anchor_point" type="QString"/>
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
                <Option value="" name="name" type="QString"/>
                <Option name="properties"/>
                <Option value="collection" name="type" type="QString"/>
              </Option>
            </data_defined_properties>
          </layer>
        </symbol>
        <symbol name="11" clip_to_extent="1" force_rhr="0" type="marker" alpha="1">
          <data_defined_properties>
            <Option type="Map">
              <Option value="" name="name" type="QString"/>
              <Option name="properties"/>
              <Option value="collection" name="type" type="QString"/>
            </Option>
          </data_defined_properties>
          <layer enabled="1" class="SimpleMarker" pass="0" locked="0">
            <Option type="Map">
              <Option value="0" name="angle" type="QString"/>
              <Option value="square" name="cap_style" type="QString"/>
              <Option value="35,163,71,255" name="color" type="QString"/>
              <Option value="1" name="horizontal_anchor_point" type="QString"/>
              <Option value="bevel" name="joinstyle" type="QString"/>
              <Option value="triangle" name="name" type="QString"/>
              <Option value="0,0" name="offset" type="QString"/>
              <Option value="3x:0,0,0,0,0,0" name="offset_map_unit_scale" type="QString"/>
              <Option value="MM" name="offset_unit" type="QString"/>
              <Option value="255,255,255,255" name="outline_color" type="QString"/>
              <Option value="solid" name="outline_style" type="QString"/>
              <Option value="0.5" name="outline_width" type="QString"/>
              <Option value="3x:0,0,0,0,0,0" name="outline_width_map_unit_scale" type="QString"/>
              <Option value="MM" name="outline_width_unit" type="QString"/>
              <Option value="diameter" name="scale_method" type="QString"/>
              <Option value="4.6" name="size" type="QString"/>
              <Option value="3x:0,0,0,0,0,0" name="size_map_unit_scale" type="QString"/>
              <Option value="MM" name="size_unit" type="QString"/>
              <Option value="1" name="vertical_anchor_point" type="QString"/>
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
                <Option value="" name="name" type="QString"/>
                <Option name="properties"/>
                <Option value="collection" name="type" type="QString"/>
              </Option>
            </data_defined_properties>
          </layer>
        </symbol>
        <symbol name="12" clip_to_extent="1" force_rhr="0" type="marker" alpha="1">
          <data_defined_properties>
            <Option type="Map">
              <Option value="" name="name" type="QString"/>
              <Option name="properties"/>
              <Option value="collection" name="type" type="QString"/>
            </Option>
          </data_defined_properties>
          <layer enabled="1" class="SimpleMarker" pass="0" locked="0">
            <Option type="Map">
              <Option value="0" name="angle" type="QString"/>
              <Option value="square" name="cap_style" type="QString"/>
              <Option value="141,141,141,255" name="color" type="QString"/>
              <Option value="1" name="horizontal_anchor_point" type="QString"/>
              <Option value="bevel" name="joinstyle" type="QString"/>
              <Option value="circle" name="name" type="QString"/>
              <Option value="0,0" name="offset" type="QString"/>
              <Option value="3x:0,0,0,0,0,0" name="offset_map_unit_scale" type="QString"/>
              <Option value="MM" name="offset_unit" type="QString"/>
              <Option value="255,255,255,255" name="outline_color" type="QString"/>
              <Option value="solid" name="outline_style" type="QString"/>
              <Option value="0.5" name="outline_width" type="QString"/>
              <Option value="3x:0,0,0,0,0,0" name="outline_width_map_unit_scale" type="QString"/>
              <Option value="MM" name="outline_width_unit" type="QString"/>
              <Option value="diameter" name="scale_method" type="QString"/>
              <Option value="3.6" name="size" type="QString"/>
              <Option value="3x:0,0,0,0,0,0" name="size_map_unit_scale" type="QString"/>
              <Option value="MM" name="size_unit" type="QString"/>
              <Option value="1" name="vertical_anchor_point" type="QString"/>
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
                <Option value="" name="name" type="QString"/>
                <Option name="properties"/>
                <Option value="collection" name="type" type="QString"/>
              </Option>
            </data_defined_properties>
          </layer>
        </symbol>
        <symbol name="13" clip_to_extent="1" force_rhr="0" type="marker" alpha="1">
          <data_defined_properties>
            <Option type="Map">
              <Option value="" name="name" type="QString"/>
              <Option name="properties"/>
              <Option value="collection" name="type" type="QString"/>
            </Option>
          </data_defined_properties>
          <layer enabled="1" class="SimpleMarker" pass="0" locked="0">
            <Option type="Map">
              <Option value="0" name="angle" type="QString"/>
              <Option value="square" name="cap_style" type="QString"/>
              <Option value="108,142,191,255" name="color" type="QString"/>
              <Option value="1" name="horizontal_anchor_point" type="QString"/>
              <Option value="bevel" name="joinstyle" type="QString"/>
              <Option value="circle" name="name" type="QString"/>
              <Option value="0,0" name="offset" type="QString"/>
              <Option value="3x:0,0,0,0,0,0" name="offset_map_unit_scale" type="QString"/>
              <Option value="MM" name="offset_unit" type="QString"/>
              <Option value="255,255,255,255" name="outline_color" type="QString"/>
              <Option value="solid" name="outline_style" type="QString"/>
              <Option value="0.3" name="outline_width" type="QString"/>
              <Option value="3x:0,0,0,0,0,0" name="outline_width_map_unit_scale" type="QString"/>
              <Option value="MM" name="outline_width_unit" type="QString"/>
              <Option value="diameter" name="scale_method" type="QString"/>
              <Option value="2.6" name="size" type="QString"/>
              <Option value="3x:0,0,0,0,0,0" name="size_map_unit_scale" type="QString"/>
              <Option value="MM" name="size_unit" type="QString"/>
              <Option value="1" name="vertical_anchor_point" type="QString"/>
            </Option>
            <prop k="angle" v="0"/>
            <prop k="cap_style" v="square"/>
            <prop k="color" v="108,142,191,255"/>
            <prop k="horizontal_anchor_point" v="1"/>
            <prop k="joinstyle" v="bevel"/>
            <prop k="name" v="circle"/>
            <prop k="offset" v="0,0"/>
            <prop k="offset_map_unit_scale" v="3x:0,0,0,0,0,0"/>
            <prop k="offset_unit" v="MM"/>
            <prop k="outline_color" v="255,255,255,255"/>
            <prop k="outline_style" v="solid"/>
            <prop k="outline_width" v="0.3"/>
            <prop k="outline_width_map_unit_scale" v="3x:0,0,0,0,0,0"/>
            <prop k="outline_width_unit" v="MM"/>
            <prop k="scale_method" v="diameter"/>
            <prop k="size" v="2.6"/>
            <prop k="size_map_unit_scale" v="3x:0,0,0,0,0,0"/>
            <prop k="size_unit" v="MM"/>
            <prop k="vertical_anchor_point" v="1"/>
            <data_defined_properties>
              <Option type="Map">
                <Option value="" name="name" type="QString"/>
                <Option name="properties"/>
                <Option value="collection" name="type" type="QString"/>
              </Option>
            </data_defined_properties>
          </layer>
        </symbol>
        <symbol name="14" clip_to_extent="1" force_rhr="0" type="marker" alpha="1">
          <data_defined_properties>
            <Option type="Map">
              <Option value="" name="name" type="QString"/>
              <Option name="properties"/>
              <Option value="collection" name="type" type="QString"/>
            </Option>
          </data_defined_properties>
          <layer enabled="1" class="SimpleMarker" pass="0" locked="0">
            <Option type="Map">
              <Option value="0" name="angle" type="QString"/>
              <Option value="square" name="cap_style" type="QString"/>
              <Option value="224,32,42,255" name="color" type="QString"/>
              <Option value="1" name="horizontal_anchor_point" type="QString"/>
              <Option value="bevel" name="joinstyle" type="QString"/>
              <Option value="circle" name="name" type="QString"/>
              <Option value="0,0" name="offset" type="QString"/>
              <Option value="3x:0,0,0,0,0,0" name="offset_map_unit_scale" type="QString"/>
              <Option value="MM" name="offset_unit" type="QString"/>
              <Option value="255,255,255,255" name="outline_color" type="QString"/>
              <Option value="solid" name="outline_style" type="QString"/>
              <Option value="0.4" name="outline_width" type="QString"/>
              <Option value="3x:0,0,0,0,0,0" name="outline_width_map_unit_scale" type="QString"/>
              <Option value="MM" name="outline_width_unit" type="QString"/>
              <Option value="diameter" name="scale_method" type="QString"/>
              <Option value="2.6" name="size" type="QString"/>
              <Option value="3x:0,0,0,0,0,0" name="size_map_unit_scale" type="QString"/>
              <Option value="MM" name="size_unit" type="QString"/>
              <Option value="1" name="vertical_anchor_point" type="QString"/>
            </Option>
            <prop k="angle" v="0"/>
            <prop k="cap_style" v="square"/>
            <prop k="color" v="224,32,42,255"/>
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
            <prop k="size" v="2.6"/>
            <prop k="size_map_unit_scale" v="3x:0,0,0,0,0,0"/>
            <prop k="size_unit" v="MM"/>
            <prop k="vertical_anchor_point" v="1"/>
            <data_defined_properties>
              <Option type="Map">
                <Option value="" name="name" type="QString"/>
                <Option name="properties"/>
                <Option value="collection" name="type" type="QString"/>
              </Option>
            </data_defined_properties>
          </layer>
        </symbol>
        <symbol name="15" clip_to_extent="1" force_rhr="0" type="marker" alpha="1">
          <data_defined_properties>
            <Option type="Map">
              <Option value="" name="name" type="QString"/>
              <Option name="properties"/>
              <Option value="collection" name="type" type="QString"/>
            </Option>
          </data_defined_properties>
          <layer enabled="1" class="SimpleMarker" pass="0" locked="0">
            <Option type="Map">
              <Option value="0" name="angle" type="QString"/>
              <Option value="square" name="cap_style" type="QString"/>
              <Option value="157,179,214,255" name="color" type="QString"/>
              <Option value="1" name="horizontal_anchor_point" type="QString"/>
              <Option value="bevel" name="joinstyle" type="QString"/>
              <Option value="circle" name="name" type="QString"/>
              <Option value="0,0" name="offset" type="QString"/>
              <Option value="3x:0,0,0,0,0,0" name="offset_map_unit_scale" type="QString"/>
              <Option value="MM" name="offset_unit" type="QString"/>
              <Option value="255,255,255,255" name="outline_color" type="QString"/>
              <Option value="solid" name="outline_style" type="QString"/>
              <Option value="0.2" name="outline_width" type="QString"/>
              <Option value="3x:0,0,0,0,0,0" name="outline_width_map_unit_scale" type="QString"/>
              <Option value="MM" name="outline_width_unit" type="QString"/>
              <Option value="diameter" name="scale_method" type="QString"/>
              <Option value="1.6" name="size" type="QString"/>
              <Option value="3x:0,0,0,0,0,0" name="size_map_unit_scale" type="QString"/>
              <Option value="MM" name="size_unit" type="QString"/>
              <Option value="1" name="vertical_anchor_point" type="QString"/>
            </Option>
            <prop k="angle" v="0"/>
            <prop k="cap_style" v="square"/>
            <prop k="color" v="157,179,214,255"/>
            <prop k="horizontal_anchor_point" v="1"/>
            <prop k="joinstyle" v="bevel"/>
            <prop k="name" v="circle"/>
            <prop k="offset" v="0,0"/>
            <prop k="offset_map_unit_scale" v="3x:0,0,0,0,0,0"/>
            <prop k="offset_unit" v="MM"/>
            <prop k="outline_color" v="255,255,255,255"/>
            <prop k="outline_style" v="solid"/>
            <prop k="outline_width" v="0.2"/>
            <prop k="outline_width_map_unit_scale" v="3x:0,0,0,0,0,0"/>
            <prop k="outline_width_unit" v="MM"/>
            <prop k="scale_method" v="diameter"/>
            <prop k="size" v="1.6"/>
            <prop k="size_map_unit_scale" v="3x:0,0,0,0,0,0"/>
            <prop k="size_unit" v="MM"/>
            <prop k="vertical_anchor_point" v="1"/>
            <data_defined_properties>
              <Option type="Map">
                <Option value="" name="name" type="QString"/>
                <Option name="properties"/>
                <Option value="collection" name="type" type="QString"/>
              </Option>
            </data_defined_properties>
          </layer>
        </symbol>
        <symbol name="16" clip_to_extent="1" force_rhr="0" type="marker" alpha="1">
          <data_defined_properties>
            <Option type="Map">
              <Option value="" name="name" type="QString"/>
              <Option name="properties"/>
              <Option value="collection" name="type" type="QString"/>
            </Option>
          </data_defined_properties>
          <layer enabled="1" class="SimpleMarker" pass="0" locked="0">
            <Option type="Map">
              <Option value="0" name="angle" type="QString"/>
              <Option value="square" name="cap_style" type="QString"/>
              <Option value="61,111,182,255" name="color" type="QString"/>
              <Option value="1" name="horizontal_anchor_point" type="QString"/>
              <Option value="bevel" name="joinstyle" type="QString"/>
              <Option value="circle" name="name" type="QString"/>
              <Option value="0,0" name="offset" type="QString"/>
              <Option value="3x:0,0,0,0,0,0" name="offset_map_unit_scale" type="QString"/>
              <Option value="MM" name="offset_unit" type="QString"/>
              <Option value="255,255,255,255" name="outline_color" type="QString"/>
              <Option value="solid" name="outline_style" type="QString"/>
              <Option value="0.4" name="outline_width" type="QString"/>
              <Option value="3x:0,0,0,0,0,0" name="outline_width_map_unit_scale" type="QString"/>
              <Option value="MM" name="outline_width_unit" type="QString"/>
              <Option value="diameter" name="scale_method" type="QString"/>
              <Option value="2.2" name="size" type="QString"/>
              <Option value="3x:0,0,0,0,0,0" name="size_map_unit_scale" type="QString"/>
              <Option value="MM" name="size_unit" type="QString"/>
              <Option value="1" name="vertical_anchor_point" type="QString"/>
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
                <Option value="" name="name" type="QString"/>
                <Option name="properties"/>
                <Option value="collection" name="type" type="QString"/>
              </Option>
            </data_defined_properties>
          </layer>
        </symbol>
        <symbol name="2" clip_to_extent="1" force_rhr="0" type="marker" alpha="1">
          <data_defined_properties>
            <Option type="Map">
              <Option value="" name="name" type="QString"/>
              <Option name="properties"/>
              <Option value="collection" name="type" type="QString"/>
            </Option>
          </data_defined_properties>
          <layer enabled="1" class="SimpleMarker" pass="0" locked="0">
            <Option type="Map">
              <Option value="0" name="angle" type="QString"/>
              <Option value="square" name="cap_style" type="QString"/>
              <Option value="35,163,71,255" name="color" type="QString"/>
              <Option value="1" name="horizontal_anchor_point" type="QString"/>
              <Option value="bevel" name="joinstyle" type="QString"/>
              <Option value="circle" name="name" type="QString"/>
              <Option value="0,0" name="offset" type="QString"/>
              <Option value="3x:0,0,0,0,0,0" name="offset_map_unit_scale" type="QString"/>
              <Option value="MM" name="offset_unit" type="QString"/>
              <Option value="255,255,255,255" name="outline_color" type="QString"/>
              <Option value="solid" name="outline_style" type="QString"/>
              <Option value="0.5" name="outline_width" type="QString"/>
              <Option value="3x:0,0,0,0,0,0" name="outline_width_map_unit_scale" type="QString"/>
              <Option value="MM" name="outline_width_unit" type="QString"/>
              <Option value="diameter" name="scale_method" type="QString"/>
              <Option value="4.2" name="size" type="QString"/>
              <Option value="3x:0,0,0,0,0,0" name="size_map_unit_scale" type="QString"/>
              <Option value="MM" name="size_unit" type="QString"/>
              <Option value="1" name="vertical_anchor_point" type="QString"/>
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
                <Option value="" name="name" type="QString"/>
                <Option name="properties"/>
                <Option value="collection" name="type" type="QString"/>
              </Option>
            </data_defined_properties>
          </layer>
        </symbol>
        <symbol name="3" clip_to_extent="1" force_rhr="0" type="marker" alpha="1">
          <data_defined_properties>
            <Option type="Map">
              <Option value="" name="name" type="QString"/>
              <Option name="properties"/>
              <Option value="collection" name="type" type="QString"/>
            </Option>
          </data_defined_properties>
          <layer enabled="1" class="SimpleMarker" pass="0" locked="0">
            <Option type="Map">
              <Option value="0" name="angle" type="QString"/>
              <Option value="square" name="cap_style" type="QString"/>
              <Option value="224,32,42,255" name="color" type="QString"/>
              <Option value="1" name="horizontal_anchor_point" type="QString"/>
              <Option value="bevel" name="joinstyle" type="QString"/>
              <Option value="diamond" name="name" type="QString"/>
              <Option value="0,0" name="offset" type="QString"/>
              <Option value="3x:0,0,0,0,0,0" name="offset_map_unit_scale" type="QString"/>
              <Option value="MM" name="offset_unit" type="QString"/>
              <Option value="255,255,255,255" name="outline_color" type="QString"/>
              <Option value="solid" name="outline_style" type="QString"/>
              <Option value="0.6" name="outline_width" type="QString"/>
              <Option value="3x:0,0,0,0,0,0" name="outline_width_map_unit_scale" type="QString"/>
              <Option value="MM" name="outline_width_unit" type="QString"/>
              <Option value="diameter" name="scale_method" type="QString"/>
              <Option value="4.8" name="size" type="QString"/>
              <Option value="3x:0,0,0,0,0,0" name="size_map_unit_scale" type="QString"/>
              <Option value="MM" name="size_unit" type="QString"/>
              <Option value="1" name="vertical_anchor_point" type="QString"/>
            </Option>
            <prop k="angle" v="0"/>
            <prop k="cap_style" v="square"/>
            <prop k="color" v="224,32,42,255"/>
            <prop k="horizontal_anchor_point" v="1"/>
            <prop k="joinstyle" v="bevel"/>
            <prop k="name" v="diamond"/>
            <prop k="offset" v="0,0"/>
            <prop k="offset_map_unit_scale" v="3x:0,0,0,0,0,0"/>
            <prop k="offset_unit" v="MM"/>
            <prop k="outline_color" v="255,255,255,255"/>
            <prop k="outline_style" v="solid"/>
            <prop k="outline_width" v="0.6"/>
            <prop k="outline_width_map_unit_scale" v="3x:0,0,0,0,0,0"/>
            <prop k="outline_width_unit" v="MM"/>
            <prop k="scale_method" v="diameter"/>
            <prop k="size" v="4.8"/>
            <prop k="size_map_unit_scale" v="3x:0,0,0,0,0,0"/>
            <prop k="size_unit" v="MM"/>
            <prop k="vertical_anchor_point" v="1"/>
            <data_defined_properties>
              <Option type="Map">
                <Option value="" name="name" type="QString"/>
                <Option name="properties"/>
                <Option value="collection" name="type" type="QString"/>
              </Option>
            </data_defined_properties>
          </layer>
        </symbol>
        <symbol name="4" clip_to_extent="1" force_rhr="0" type="marker" alpha="1">
          <data_defined_properties>
            <Option type="Map">
              <Option value="" name="name" type="QString"/>
              <Option name="properties"/>
              <Option value="collection" name="type" type="QString"/>
            </Option>
          </data_defined_properties>
          <layer enabled="1" class="SimpleMarker" pass="0" locked="0">
            <Option type="Map">
              <Option value="0" name="angle" type="QString"/>
              <Option value="square" name="cap_style" type="QString"/>
              <Option value="242,169,0,255" name="color" type="QString"/>
              <Option value="1" name="horizontal_anchor_point" type="QString"/>
              <Option value="bevel" name="joinstyle" type="QString"/>
              <Option value="diamond" name="name" type="QString"/>
              <Option value="0,0" name="offset" type="QString"/>
              <Option value="3x:0,0,0,0,0,0" name="offset_map_unit_scale" type="QString"/>
              <Option value="MM" name="offset_unit" type="QString"/>
              <Option value="255,255,255,255" name="outline_color" type="QString"/>
              <Option value="solid" name="outline_style" type="QString"/>
              <Option value="0.5" name="outline_width" type="QString"/>
              <Option value="3x:0,0,0,0,0,0" name="outline_width_map_unit_scale" type="QString"/>
              <Option value="MM" name="outline_width_unit" type="QString"/>
              <Option value="diameter" name="scale_method" type="QString"/>
              <Option value="4.2" name="size" type="QString"/>
              <Option value="3x:0,0,0,0,0,0" name="size_map_unit_scale" type="QString"/>
              <Option value="MM" name="size_unit" type="QString"/>
              <Option value="1" name="vertical_anchor_point" type="QString"/>
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
                <Option value="" name="name" type="QString"/>
                <Option name="properties"/>
                <Option value="collection" name="type" type="QString"/>
              </Option>
            </data_defined_properties>
          </layer>
        </symbol>
        <symbol name="5" clip_to_extent="1" force_rhr="0" type="marker" alpha="1">
          <data_defined_properties>
            <Option type="Map">
              <Option value="" name="name" type="QString"/>
              <Option name="properties"/>
              <Option value="collection" name="type" type="QString"/>
            </Option>
          </data_defined_properties>
          <layer enabled="1" class="SimpleMarker" pass="0" locked="0">
            <Option type="Map">
              <Option value="0" name="angle" type="QString"/>
              <Option value="square" name="cap_style" type="QString"/>
              <Option value="35,163,71,255" name="color" type="QString"/>
              <Option value="1" name="horizontal_anchor_point" type="QString"/>
              <Option value="bevel" name="joinstyle" type="QString"/>
              <Option value="diamond" name="name" type="QString"/>
              <Option value="0,0" name="offset" type="QString"/>
              <Option value="3x:0,0,0,0,0,0" name="offset_map_unit_scale" type="QString"/>
              <Option value="MM" name="offset_unit" type="QString"/>
              <Option value="255,255,255,255" name="outline_color" type="QString"/>
              <Option value="solid" name="outline_style" type="QString"/>
              <Option value="0.5" name="outline_width" type="QString"/>
              <Option value="3x:0,0,0,0,0,0" name="outline_width_map_unit_scale" type="QString"/>
              <Option value="MM" name="outline_width_unit" type="QString"/>
              <Option value="diameter" name="scale_method" type="QString"/>
              <Option value="4.2" name="size" type="QString"/>
              <Option value="3x:0,0,0,0,0,0" name="size_map_unit_scale" type="QString"/>
              <Option value="MM" name="size_unit" type="QString"/>
              <Option value="1" name="vertical_anchor_point" type="QString"/>
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
                <Option value="" name="name" type="QString"/>
                <Option name="properties"/>
                <Option value="collection" name="type" type="QString"/>
              </Option>
            </data_defined_properties>
          </layer>
        </symbol>
        <symbol name="6" clip_to_extent="1" force_rhr="0" type="marker" alpha="1">
          <data_defined_properties>
            <Option type="Map">
              <Option value="" name="name" type="QString"/>
              <Option name="properties"/>
              <Option value="collection" name="type" type="QString"/>
            </Option>
          </data_defined_properties>
          <layer enabled="1" class="SimpleMarker" pass="0" locked="0">
            <Option type="Map">
              <Option value="0" name="angle" type="QString"/>
              <Option value="square" name="cap_style" type="QString"/>
              <Option value="224,32,42,255" name="color" type="QString"/>
              <Option value="1" name="horizontal_anchor_point" type="QString"/>
              <Option value="bevel" name="joinstyle" type="QString"/>
              <Option value="square" name="name" type="QString"/>
              <Option value="0,0" name="offset" type="QString"/>
              <Option value="3x:0,0,0,0,0,0" name="offset_map_unit_scale" type="QString"/>
              <Option value="MM" name="offset_unit" type="QString"/>
              <Option value="255,255,255,255" name="outline_color" type="QString"/>
              <Option value="solid" name="outline_style" type="QString"/>
              <Option value="0.6" name="outline_width" type="QString"/>
              <Option value="3x:0,0,0,0,0,0" name="outline_width_map_unit_scale" type="QString"/>
              <Option value="MM" name="outline_width_unit" type="QString"/>
              <Option value="diameter" name="scale_method" type="QString"/>
              <Option value="4.8" name="size" type="QString"/>
              <Option value="3x:0,0,0,0,0,0" name="size_map_unit_scale" type="QString"/>
              <Option value="MM" name="size_unit" type="QString"/>
              <Option value="1" name="vertical_anchor_point" type="QString"/>
            </Option>
            <prop k="angle" v="0"/>
            <prop k="cap_style" v="square"/>
            <prop k="color" v="224,32,42,255"/>
            <prop k="horizontal_anchor_point" v="1"/>
            <prop k="joinstyle" v="bevel"/>
            <prop k="name" v="square"/>
            <prop k="offset" v="0,0"/>
            <prop k="offset_map_unit_scale" v="3x:0,0,0,0,0,0"/>
            <prop k="offset_unit" v="MM"/>
            <prop k="outline_color" v="255,255,255,255"/>
            <prop k="outline_style" v="solid"/>
            <prop k="outline_width" v="0.6"/>
            <prop k="outline_width_map_unit_scale" v="3x:0,0,0,0,0,0"/>
            <prop k="outline_width_unit" v="MM"/>
            <prop k="scale_method" v="diameter"/>
            <prop k="size" v="4.8"/>
            <prop k="size_map_unit_scale" v="3x:0,0,0,0,0,0"/>
            <prop k="size_unit" v="MM"/>
            <prop k="vertical_anchor_point" v="1"/>
            <data_defined_properties>
              <Option type="Map">
                <Option value="" name="name" type="QString"/>
                <Option name="properties"/>
                <Option value="collection" name="type" type="QString"/>
              </Option>
            </data_defined_properties>
          </layer>
        </symbol>
        <symbol name="7" clip_to_extent="1" force_rhr="0" type="marker" alpha="1">
          <data_defined_properties>
            <Option type="Map">
              <Option value="" name="name" type="QString"/>
              <Option name="properties"/>
              <Option value="collection" name="type" type="QString"/>
            </Option>
          </data_defined_properties>
          <layer enabled="1" class="SimpleMarker" pass="0" locked="0">
            <Option type="Map">
              <Option value="0" name="angle" type="QString"/>
              <Option value="square" name="cap_style" type="QString"/>
              <Option value="242,169,0,255" name="color" type="QString"/>
              <Option value="1" name="horizontal_anchor_point" type="QString"/>
              <Option value="bevel" name="joinstyle" type="QString"/>
              <Option value="square" name="name" type="QString"/>
              <Option value="0,0" name="offset" type="QString"/>
              <Option value="3x:0,0,0,0,0,0" name="offset_map_unit_scale" type="QString"/>
              <Option value="MM" name="offset_unit" type="QString"/>
              <Option value="255,255,255,255" name="outline_color" type="QString"/>
              <Option value="solid" name="outline_style" type="QString"/>
              <Option value="0.5" name="outline_width" type="QString"/>
              <Option value="3x:0,0,0,0,0,0" name="outline_width_map_unit_scale" type="QString"/>
              <Option value="MM" name="outline_width_unit" type="QString"/>
              <Option value="diameter" name="scale_method" type="QString"/>
              <Option value="4.2" name="size" type="QString"/>
              <Option value="3x:0,0,0,0,0,0" name="size_map_unit_scale" type="QString"/>
              <Option value="MM" name="size_unit" type="QString"/>
              <Option value="1" name="vertical_anchor_point" type="QString"/>
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
                <Option value="" name="name" type="QString"/>
                <Option name="properties"/>
                <Option value="collection" name="type" type="QString"/>
              </Option>
            </data_defined_properties>
          </layer>
        </symbol>
        <symbol name="8" clip_to_extent="1" force_rhr="0" type="marker" alpha="1">
          <data_defined_properties>
            <Option type="Map">
              <Option value="" name="name" type="QString"/>
              <Option name="properties"/>
              <Option value="collection" name="type" type="QString"/>
            </Option>
          </data_defined_properties>
          <layer enabled="1" class="SimpleMarker" pass="0" locked="0">
            <Option type="Map">
              <Option value="0" name="angle" type="QString"/>
              <Option value="square" name="cap_style" type="QString"/>
              <Option value="35,163,71,255" name="color" type="QString"/>
              <Option value="1" name="horizontal_anchor_point" type="QString"/>
              <Option value="bevel" name="joinstyle" type="QString"/>
              <Option value="square" name="name" type="QString"/>
              <Option value="0,0" name="offset" type="QString"/>
              <Option value="3x:0,0,0,0,0,0" name="offset_map_unit_scale" type="QString"/>
              <Option value="MM" name="offset_unit" type="QString"/>
              <Option value="255,255,255,255" name="outline_color" type="QString"/>
              <Option value="solid" name="outline_style" type="QString"/>
              <Option value="0.5" name="outline_width" type="QString"/>
              <Option value="3x:0,0,0,0,0,0" name="outline_width_map_unit_scale" type="QString"/>
              <Option value="MM" name="outline_width_unit" type="QString"/>
              <Option value="diameter" name="scale_method" type="QString"/>
              <Option value="4.2" name="size" type="QString"/>
              <Option value="3x:0,0,0,0,0,0" name="size_map_unit_scale" type="QString"/>
              <Option value="MM" name="size_unit" type="QString"/>
              <Option value="1" name="vertical_anchor_point" type="QString"/>
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
                <Option value="" name="name" type="QString"/>
                <Option name="properties"/>
                <Option value="collection" name="type" type="QString"/>
              </Option>
            </data_defined_properties>
          </layer>
        </symbol>
        <symbol name="9" clip_to_extent="1" force_rhr="0" type="marker" alpha="1">
          <data_defined_properties>
            <Option type="Map">
              <Option value="" name="name" type="QString"/>
              <Option name="properties"/>
              <Option value="collection" name="type" type="QString"/>
            </Option>
          </data_defined_properties>
          <layer enabled="1" class="SimpleMarker" pass="0" locked="0">
            <Option type="Map">
              <Option value="0" name="angle" type="QString"/>
              <Option value="square" name="cap_style" type="QString"/>
              <Option value="224,32,42,255" name="color" type="QString"/>
              <Option value="1" name="horizontal_anchor_point" type="QString"/>
              <Option value="bevel" name="joinstyle" type="QString"/>
              <Option value="triangle" name="name" type="QString"/>
              <Option value="0,0" name="offset" type="QString"/>
              <Option value="3x:0,0,0,0,0,0" name="offset_map_unit_scale" type="QString"/>
              <Option value="MM" name="offset_unit" type="QString"/>
              <Option value="255,255,255,255" name="outline_color" type="QString"/>
              <Option value="solid" name="outline_style" type="QString"/>
              <Option value="0.6" name="outline_width" type="QString"/>
              <Option value="3x:0,0,0,0,0,0" name="outline_width_map_unit_scale" type="QString"/>
              <Option value="MM" name="outline_width_unit" type="QString"/>
              <Option value="diameter" name="scale_method" type="QString"/>
              <Option value="5.2" name="size" type="QString"/>
              <Option value="3x:0,0,0,0,0,0" name="size_map_unit_scale" type="QString"/>
              <Option value="MM" name="size_unit" type="QString"/>
              <Option value="1" name="vertical_anchor_point" type="QString"/>
            </Option>
            <prop k="angle" v="0"/>
            <prop k="cap_style" v="square"/>
            <prop k="color" v="224,32,42,255"/>
            <prop k="horizontal_anchor_point" v="1"/>
            <prop k="joinstyle" v="bevel"/>
            <prop k="name" v="triangle"/>
            <prop k="offset" v="0,0"/>
            <prop k="offset_map_unit_scale" v="3x:0,0,0,0,0,0"/>
            <prop k="offset_unit" v="MM"/>
            <prop k="outline_color" v="255,255,255,255"/>
            <prop k="outline_style" v="solid"/>
            <prop k="outline_width" v="0.6"/>
            <prop k="outline_width_map_unit_scale" v="3x:0,0,0,0,0,0"/>
            <prop k="outline_width_unit" v="MM"/>
            <prop k="scale_method" v="diameter"/>
            <prop k="size" v="5.2"/>
            <prop k="size_map_unit_scale" v="3x:0,0,0,0,0,0"/>
            <prop k="size_unit" v="MM"/>
            <prop k="vertical_anchor_point" v="1"/>
            <data_defined_properties>
              <Option type="Map">
                <Option value="" name="name" type="QString"/>
                <Option name="properties"/>
                <Option value="collection" name="type" type="QString"/>
              </Option>
            </data_defined_properties>
          </layer>
        </symbol>
      </symbols>
    </renderer-v2>
    <symbol name="centerSymbol" clip_to_extent="1" force_rhr="0" type="marker" alpha="1">
      <data_defined_properties>
        <Option type="Map">
          <Option value="" name="name" type="QString"/>
          <Option name="properties"/>
          <Option value="collection" name="type" type="QString"/>
        </Option>
      </data_defined_properties>
      <layer enabled="1" class="SimpleMarker" pass="0" locked="0">
        <Option type="Map">
          <Option value="0" name="angle" type="QString"/>
          <Option value="square" name="cap_style" type="QString"/>
          <Option value="61,111,182,255" name="color" type="QString"/>
          <Option value="1" name="horizontal_anchor_point" type="QString"/>
          <Option value="bevel" name="joinstyle" type="QString"/>
          <Option value="circle" name="name" type="QString"/>
          <Option value="0,0" name="offset" type="QString"/>
          <Option value="3x:0,0,0,0,0,0" name="offset_map_unit_scale" type="QString"/>
          <Option value="MM" name="offset_unit" type="QString"/>
          <Option value="255,255,255,255" name="outline_color" type="QString"/>
          <Option value="solid" name="outline_style" type="QString"/>
          <Option value="0.5" name="outline_width" type="QString"/>
          <Option value="3x:0,0,0,0,0,0" name="outline_width_map_unit_scale" type="QString"/>
          <Option value="MM" name="outline_width_unit" type="QString"/>
          <Option value="diameter" name="scale_method" type="QString"/>
          <Option value="5" name="size" type="QString"/>
          <Option value="3x:0,0,0,0,0,0" name="size_map_unit_scale" type="QString"/>
          <Option value="MM" name="size_unit" type="QString"/>
          <Option value="1" name="vertical_anchor_point" type="QString"/>
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
            <Option value="" name="name" type="QString"/>
            <Option name="properties" type="Map">
              <Option name="fillColor" type="Map">
                <Option value="true" name="active" type="bool"/>
                <Option value="coalesce(@cluster_color, '#3d6fb6')" name="expression" type="QString"/>
                <Option value="3" name="type" type="int"/>
              </Option>
              <Option name="outlineColor" type="Map">
                <Option value="true" name="active" type="bool"/>
                <Option value="if(@cluster_color IS NULL AND @map_scale > 25000, '#e0202a', '#ffffff')" name="expression" type="QString"/>
                <Option value="3" name="type" type="int"/>
              </Option>
              <Option name="outlineWidth" type="Map">
                <Option value="true" name="active" type="bool"/>
                <Option value="if(@cluster_color IS NULL AND @map_scale > 25000, 0.9, 0.5)" name="expression" type="QString"/>
                <Option value="3" name="type" type="int"/>
              </Option>
              <Option name="size" type="Map">
                <Option value="true" name="active" type="bool"/>
                <Option value="min(3.4 + 1.2 * ln(@cluster_size), 9)" name="expression" type="QString"/>
                <Option value="3" name="type" type="int"/>
              </Option>
            </Option>
            <Option value="collection" name="type" type="QString"/>
          </Option>
        </data_defined_properties>
      </layer>
      <layer enabled="1" class="FontMarker" pass="0" locked="0">
        <Option type="Map">
          <Option value="0" name="angle" type="QString"/>
          <Option value="" name="chr" type="QString"/>
          <Option value="255,255,255,255" name="color" type="QString"/>
          <Option value="Sans Serif" name="font" type="QString"/>
          <Option value="Bold" name="font_style" type="QString"/>
          <Option value="1" name="horizontal_anchor_point" type="QString"/>
          <Option value="miter" name="joinstyle" type="QString"/>
          <Option value="0,0" name="offset" type="QString"/>
          <Option value="3x:0,0,0,0,0,0" name="offset_map_unit_scale" type="QString"/>
          <Option value="MM" name="offset_unit" type="QString"/>
          <Option value="255,255,255,255" name="outline_color" type="QString"/>
          <Option value="0" name="outline_width" type="QString"/>
          <Option value="3x:0,0,0,0,0,0" name="outline_width_map_unit_scale" type="QString"/>
          <Option value="MM" name="outline_width_unit" type="QString"/>
          <Option value="2.6" name="size" type="QString"/>
          <Option value="3x:0,0,0,0,0,0" name="size_map_unit_scale" type="QString"/>
          <Option value="MM" name="size_unit" type="QString"/>
          <Option value="1" name="vertical_anchor_point" type="QString"/>
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
            <Option value="" name="name" type="QString"/>
            <Option name="properties" type="Map">
              <Option name="char" type="Map">
                <Option value="true" name="active" type="bool"/>
                <Option value="@cluster_size" name="expression" type="QString"/>
                <Option value="3" name="type" type="int"/>
              </Option>
              <Option name="size" type="Map">
                <Option value="true" name="active" type="bool"/>
                <Option value="if(@cluster_size >= 100, 2.2, 2.6)" name="expression" type="QString"/>
                <Option value="3" name="type" type="int"/>
              </Option>
            </Option>
            <Option value="collection" name="type" type="QString"/>
          </Option>
        </data_defined_properties>
      </layer>
    </symbol>
    <orderby>
      <orderByClause nullsFirst="0" asc="1">CASE WHEN "light" = 'red' THEN 3 WHEN "light" = 'yellow' THEN 2 WHEN "light" = 'green' THEN 1 ELSE 0 END</orderByClause>
    </orderby>
  </renderer-v2>
  <labeling type="rule-based">
    <rules key="{0487fd17-2043-4992-a87c-bc201f4a682b}">
      <rule key="{0dfc868f-7d99-4438-8348-48fff13e0620}" description="pins block other labels">
        <settings calloutType="simple">
          <text-style allowHtml="0" fontKerning="1" fontWeight="50" useSubstitutions="0" fontSize="7.5" textOrientation="horizontal" fontSizeMapUnitScale="3x:0,0,0,0,0,0" isExpression="0" fontFamily="Noto Sans CJK SC" previewBkgrdColor="255,255,255,255" legendString="Aa" namedStyle="" fontStrikeout="0" multilineHeight="1" fontUnderline="0" blendMode="0" fontWordSpacing="0" textOpacity="1" capitalization="0" textColor="34,34,34,255" fontItalic="0" fieldName="code" fontSizeUnit="Point" fontLetterSpacing="0">
            <families/>
            <text-buffer bufferDraw="1" bufferJoinStyle="128" bufferBlendMode="0" bufferColor="255,255,255,255" bufferSize="0.69999999999999996" bufferSizeUnits="MM" bufferSizeMapUnitScale="3x:0,0,0,0,0,0" bufferOpacity="0.84999999999999998" bufferNoFill="1"/>
            <text-mask maskType="0" maskSize="1.5" maskEnabled="0" maskSizeUnits="MM" maskOpacity="1" maskedSymbolLayers="" maskSizeMapUnitScale="3x:0,0,0,0,0,0" maskJoinStyle="128"/>
            <background shapeSizeY="0" shapeOffsetY="0" shapeSizeUnit="MM" shapeOffsetX="0" shapeType="0" shapeOpacity="1" shapeOffsetMapUnitScale="3x:0,0,0,0,0,0" shapeBlendMode="0" shapeDraw="0" shapeFillColor="255,255,255,255" shapeSizeMapUnitScale="3x:0,0,0,0,0,0" shapeRotationType="0" shapeRadiiY="0" shapeRadiiMapUnitScale="3x:0,0,0,0,0,0" shapeBorderColor="128,128,128,255" shapeRadiiX="0" shapeSizeType="0" shapeOffsetUnit="MM" shapeSVGFile="" shapeBorderWidthUnit="MM" shapeJoinStyle="64" shapeBorderWidthMapUnitScale="3x:0,0,0,0,0,0" shapeRotation="0" shapeBorderWidth="0" shapeRadiiUnit="MM" shapeSizeX="0">
              <symbol name="fillSymbol" clip_to_extent="1" force_rhr="0" type="fill" alpha="1">
                <data_defined_properties>
                  <Option type="Map">
                    <Option value="" name="name" type="QString"/>
                    <Option name="properties"/>
                    <Option value="collection" name="type" type="QString"/>
                  </Option>
                </data_defined_properties>
                <layer enabled="1" class="SimpleFill" pass="0" locked="0">
                  <Option type="Map">
                    <Option value="3x:0,0,0,0,0,0" name="border_width_map_unit_scale" type="QString"/>
                    <Option value="255,255,255,255" name="color" type="QString"/>
                    <Option value="bevel" name="joinstyle" type="QString"/>
                    <Option value="0,0" name="offset" type="QString"/>
                    <Option value="3x:0,0,0,0,0,0" name="offset_map_unit_scale" type="QString"/>
                    <Option value="MM" name="offset_unit" type="QString"/>
                    <Option value="128,128,128,255" name="outline_color" type="QString"/>
                    <Option value="no" name="outline_style" type="QString"/>
                    <Option value="0" name="outline_width" type="QString"/>
                    <Option value="MM" name="outline_width_unit" type="QString"/>
                    <Option value="solid" name="style" type="QString"/>
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
                      <Option value="" name="name" type="QString"/>
                      <Option name="properties"/>
                      <Option value="collection" name="type" type="QString"/>
                    </Option>
                  </data_defined_properties>
                </layer>
              </symbol>
            </background>
            <shadow shadowOffsetAngle="135" shadowColor="0,0,0,255" shadowRadiusUnit="MM" shadowRadius="1.5" shadowOffsetMapUnitScale="3x:0,0,0,0,0,0" shadowBlendMode="6" shadowUnder="0" shadowOffsetDist="1" shadowOffsetGlobal="1" shadowRadiusMapUnitScale="3x:0,0,0,0,0,0" shadowOffsetUnit="MM" shadowScale="100" shadowDraw="0" shadowOpacity="0.69999999999999996" shadowRadiusAlphaOnly="0"/>
            <dd_properties>
              <Option type="Map">
                <Option value="" name="name" type="QString"/>
                <Option name="properties"/>
                <Option value="collection" name="type" type="QString"/>
              </Option>
            </dd_properties>
            <substitutions/>
          </text-style>
          <text-format reverseDirectionSymbol="0" leftDirectionSymbol="&lt;" wrapChar="" formatNumbers="0" plussign="0" multilineAlign="3" useMaxLineLengthForAutoWrap="1" autoWrapLength="0" addDirectionSymbol="0" rightDirectionSymbol=">" placeDirectionSymbol="0" decimals="3"/>
          <placement repeatDistanceMapUnitScale="3x:0,0,0,0,0,0" priority="10" distUnits="MM" lineAnchorPercent="0.5" lineAnchorType="0" maxCurvedCharAngleIn="25" layerType="UnknownGeometry" repeatDistanceUnits="MM" rotationAngle="0" repeatDistance="0" overrunDistance="0" geometryGeneratorEnabled="0" offsetUnits="MM" fitInPolygonOnly="0" polygonPlacementFlags="2" placement="0" overrunDistanceMapUnitScale="3x:0,0,0,0,0,0" offsetType="0" yOffset="0" distMapUnitScale="3x:0,0,0,0,0,0" preserveRotation="1" placementFlags="10" centroidInside="1" xOffset="0" geometryGeneratorType="PointGeometry" quadOffset="4" rotationUnit="AngleDegrees" maxCurvedCharAngleOut="-25" lineAnchorClipping="0" labelOffsetMapUnitScale="3x:0,0,0,0,0,0" geometryGenerator="" overrunDistanceUnit="MM" predefinedPositionOrder="TR,TL,BR,BL,R,L,TSR,BSR" dist="1.2" centroidWhole="0"/>
          <rendering limitNumLabels="0" labelPerPart="0" scaleMax="1000" unplacedVisibility="0" minFeatureSize="0" fontMinPixelSize="0" fontLimitPixelSize="0" obstacle="1" displayAll="0" scaleMin="0" obstacleType="1" fontMaxPixelSize="10000" obstacleFactor="2" zIndex="0" scaleVisibility="0" mergeLines="0" maxNumLabels="2000" drawLabels="0" upsidedownLabels="0"/>
          <dd_properties>
            <Option type="Map">
              <Option value="" name="name" type="QString"/>
              <Option name="properties"/>
              <Option value="collection" name="type" type="QString"/>
            </Option>
          </dd_properties>
          <callout type="simple">
            <Option type="Map">
              <Option value="pole_of_inaccessibility" name="anchorPoint" type="QString"/>
              <Option value="0" name="blendMode" type="int"/>
              <Option name="ddProperties" type="Map">
                <Option value="" name="name" type="QString"/>
                <Option name="properties"/>
                <Option value="collection" name="type" type="QString"/>
              </Option>
              <Option value="false" name="drawToAllParts" type="bool"/>
              <Option value="0" name="enabled" type="QString"/>
              <Option value="point_on_exterior" name="labelAnchorPoint" type="QString"/>
              <Option value="&lt;symbol name=&quot;symbol&quot; clip_to_extent=&quot;1&quot; force_rhr=&quot;0&quot; type=&quot;line&quot; alpha=&quot;1&quot;>&lt;data_defined_properties>&lt;Option type=&quot;Map&quot;>&lt;Option value=&quot;&quot; name=&quot;name&quot; type=&quot;QString&quot;/>&lt;Option name=&quot;properties&quot;/>&lt;Option value=&quot;collection&quot; name=&quot;type&quot; type=&quot;QString&quot;/>&lt;/Option>&lt;/data_defined_properties>&lt;layer enabled=&quot;1&quot; class=&quot;SimpleLine&quot; pass=&quot;0&quot; locked=&quot;0&quot;>&lt;Option type=&quot;Map&quot;>&lt;Option value=&quot;0&quot; name=&quot;align_dash_pattern&quot; type=&quot;QString&quot;/>&lt;Option value=&quot;square&quot; name=&quot;capstyle&quot; type=&quot;QString&quot;/>&lt;Option value=&quot;5;2&quot; name=&quot;customdash&quot; type=&quot;QString&quot;/>&lt;Option value=&quot;3x:0,0,0,0,0,0&quot; name=&quot;customdash_map_unit_scale&quot; type=&quot;QString&quot;/>&lt;Option value=&quot;MM&quot; name=&quot;customdash_unit&quot; type=&quot;QString&quot;/>&lt;Option value=&quot;0&quot; name=&quot;dash_pattern_offset&quot; type=&quot;QString&quot;/>&lt;Option value=&quot;3x:0,0,0,0,0,0&quot; name=&quot;dash_pattern_offset_map_unit_scale&quot; type=&quot;QString&quot;/>&lt;Option value=&quot;MM&quot; name=&quot;dash_pattern_offset_unit&quot; type=&quot;QString&quot;/>&lt;Option value=&quot;0&quot; name=&quot;draw_inside_polygon&quot; type=&quot;QString&quot;/>&lt;Option value=&quot;bevel&quot; name=&quot;joinstyle&quot; type=&quot;QString&quot;/>&lt;Option value=&quot;60,60,60,255&quot; name=&quot;line_color&quot; type=&quot;QString&quot;/>&lt;Option value=&quot;solid&quot; name=&quot;line_style&quot; type=&quot;QString&quot;/>&lt;Option value=&quot;0.3&quot; name=&quot;line_width&quot; type=&quot;QString&quot;/>&lt;Option value=&quot;MM&quot; name=&quot;line_width_unit&quot; type=&quot;QString&quot;/>&lt;Option value=&quot;0&quot; name=&quot;offset&quot; type=&quot;QString&quot;/>&lt;Option value=&quot;3x:0,0,0,0,0,0&quot; name=&quot;offset_map_unit_scale&quot; type=&quot;QString&quot;/>&lt;Option value=&quot;MM&quot; name=&quot;offset_unit&quot; type=&quot;QString&quot;/>&lt;Option value=&quot;0&quot; name=&quot;ring_filter&quot; type=&quot;QString&quot;/>&lt;Option value=&quot;0&quot; name=&quot;trim_distance_end&quot; type=&quot;QString&quot;/>&lt;Option value=&quot;3x:0,0,0,0,0,0&quot; name=&quot;trim_distance_end_map_unit_scale&quot; type=&quot;QString&quot;/>&lt;Option value=&quot;MM&quot; name=&quot;trim_distance_end_unit&quot; type=&quot;QString&quot;/>&lt;Option value=&quot;0&quot; name=&quot;trim_distance_start&quot; type=&quot;QString&quot;/>&lt;Option value=&quot;3x:0,0,0,0,0,0&quot; name=&quot;trim_distance_start_map_unit_scale&quot; type=&quot;QString&quot;/>&lt;Option value=&quot;MM&quot; name=&quot;trim_distance_start_unit&quot; type=&quot;QString&quot;/>&lt;Option value=&quot;0&quot; name=&quot;tweak_dash_pattern_on_corners&quot; type=&quot;QString&quot;/>&lt;Option value=&quot;0&quot; name=&quot;use_custom_dash&quot; type=&quot;QString&quot;/>&lt;Option value=&quot;3x:0,0,0,0,0,0&quot; name=&quot;width_map_unit_scale&quot; type=&quot;QString&quot;/>&lt;/Option>&lt;prop k=&quot;align_dash_pattern&quot; v=&quot;0&quot;/>&lt;prop k=&quot;capstyle&quot; v=&quot;square&quot;/>&lt;prop k=&quot;customdash&quot; v=&quot;5;2&quot;/>&lt;prop k=&quot;customdash_map_unit_scale&quot; v=&quot;3x:0,0,0,0,0,0&quot;/>&lt;prop k=&quot;customdash_unit&quot; v=&quot;MM&quot;/>&lt;prop k=&quot;dash_pattern_offset&quot; v=&quot;0&quot;/>&lt;prop k=&quot;dash_pattern_offset_map_unit_scale&quot; v=&quot;3x:0,0,0,0,0,0&quot;/>&lt;prop k=&quot;dash_pattern_offset_unit&quot; v=&quot;MM&quot;/>&lt;prop k=&quot;draw_inside_polygon&quot; v=&quot;0&quot;/>&lt;prop k=&quot;joinstyle&quot; v=&quot;bevel&quot;/>&lt;prop k=&quot;line_color&quot; v=&quot;60,60,60,255&quot;/>&lt;prop k=&quot;line_style&quot; v=&quot;solid&quot;/>&lt;prop k=&quot;line_width&quot; v=&quot;0.3&quot;/>&lt;prop k=&quot;line_width_unit&quot; v=&quot;MM&quot;/>&lt;prop k=&quot;offset&quot; v=&quot;0&quot;/>&lt;prop k=&quot;offset_map_unit_scale&quot; v=&quot;3x:0,0,0,0,0,0&quot;/>&lt;prop k=&quot;offset_unit&quot; v=&quot;MM&quot;/>&lt;prop k=&quot;ring_filter&quot; v=&quot;0&quot;/>&lt;prop k=&quot;trim_distance_end&quot; v=&quot;0&quot;/>&lt;prop k=&quot;trim_distance_end_map_unit_scale&quot; v=&quot;3x:0,0,0,0,0,0&quot;/>&lt;prop k=&quot;trim_distance_end_unit&quot; v=&quot;MM&quot;/>&lt;prop k=&quot;trim_distance_start&quot; v=&quot;0&quot;/>&lt;prop k=&quot;trim_distance_start_map_unit_scale&quot; v=&quot;3x:0,0,0,0,0,0&quot;/>&lt;prop k=&quot;trim_distance_start_unit&quot; v=&quot;MM&quot;/>&lt;prop k=&quot;tweak_dash_pattern_on_corners&quot; v=&quot;0&quot;/>&lt;prop k=&quot;use_custom_dash&quot; v=&quot;0&quot;/>&lt;prop k=&quot;width_map_unit_scale&quot; v=&quot;3x:0,0,0,0,0,0&quot;/>&lt;data_defined_properties>&lt;Option type=&quot;Map&quot;>&lt;Option value=&quot;&quot; name=&quot;name&quot; type=&quot;QString&quot;/>&lt;Option name=&quot;properties&quot;/>&lt;Option value=&quot;collection&quot; name=&quot;type&quot; type=&quot;QString&quot;/>&lt;/Option>&lt;/data_defined_properties>&lt;/layer>&lt;/symbol>" name="lineSymbol" type="QString"/>
              <Option value="0" name="minLength" type="double"/>
              <Option value="3x:0,0,0,0,0,0" name="minLengthMapUnitScale" type="QString"/>
              <Option value="MM" name="minLengthUnit" type="QString"/>
              <Option value="0" name="offsetFromAnchor" type="double"/>
              <Option value="3x:0,0,0,0,0,0" name="offsetFromAnchorMapUnitScale" type="QString"/>
              <Option value="MM" name="offsetFromAnchorUnit" type="QString"/>
              <Option value="0" name="offsetFromLabel" type="double"/>
              <Option value="3x:0,0,0,0,0,0" name="offsetFromLabelMapUnitScale" type="QString"/>
              <Option value="MM" name="offsetFromLabelUnit" type="QString"/>
            </Option>
          </callout>
        </settings>
      </rule>
      <rule key="{fe1f11cc-64fe-4a6c-8bb3-aa1b24c6828f}" description="case code">
        <settings calloutType="simple">
          <text-style allowHtml="0" fontKerning="1" fontWeight="50" useSubstitutions="0" fontSize="7.5" textOrientation="horizontal" fontSizeMapUnitScale="3x:0,0,0,0,0,0" isExpression="0" fontFamily="Noto Sans CJK SC" previewBkgrdColor="255,255,255,255" legendString="Aa" namedStyle="" fontStrikeout="0" multilineHeight="1" fontUnderline="0" blendMode="0" fontWordSpacing="0" textOpacity="1" capitalization="0" textColor="34,34,34,255" fontItalic="0" fieldName="code" fontSizeUnit="Point" fontLetterSpacing="0">
            <families/>
            <text-buffer bufferDraw="1" bufferJoinStyle="128" bufferBlendMode="0" bufferColor="255,255,255,255" bufferSize="0.69999999999999996" bufferSizeUnits="MM" bufferSizeMapUnitScale="3x:0,0,0,0,0,0" bufferOpacity="0.84999999999999998" bufferNoFill="1"/>
            <text-mask maskType="0" maskSize="1.5" maskEnabled="0" maskSizeUnits="MM" maskOpacity="1" maskedSymbolLayers="" maskSizeMapUnitScale="3x:0,0,0,0,0,0" maskJoinStyle="128"/>
            <background shapeSizeY="0" shapeOffsetY="0" shapeSizeUnit="MM" shapeOffsetX="0" shapeType="0" shapeOpacity="1" shapeOffsetMapUnitScale="3x:0,0,0,0,0,0" shapeBlendMode="0" shapeDraw="0" shapeFillColor="255,255,255,255" shapeSizeMapUnitScale="3x:0,0,0,0,0,0" shapeRotationType="0" shapeRadiiY="0" shapeRadiiMapUnitScale="3x:0,0,0,0,0,0" shapeBorderColor="128,128,128,255" shapeRadiiX="0" shapeSizeType="0" shapeOffsetUnit="MM" shapeSVGFile="" shapeBorderWidthUnit="MM" shapeJoinStyle="64" shapeBorderWidthMapUnitScale="3x:0,0,0,0,0,0" shapeRotation="0" shapeBorderWidth="0" shapeRadiiUnit="MM" shapeSizeX="0">
              <symbol name="fillSymbol" clip_to_extent="1" force_rhr="0" type="fill" alpha="1">
                <data_defined_properties>
                  <Option type="Map">
                    <Option value="" name="name" type="QString"/>
                    <Option name="properties"/>
                    <Option value="collection" name="type" type="QString"/>
                  </Option>
                </data_defined_properties>
                <layer enabled="1" class="SimpleFill" pass="0" locked="0">
                  <Option type="Map">
                    <Option value="3x:0,0,0,0,0,0" name="border_width_map_unit_scale" type="QString"/>
                    <Option value="255,255,255,255" name="color" type="QString"/>
                    <Option value="bevel" name="joinstyle" type="QString"/>
                    <Option value="0,0" name="offset" type="QString"/>
                    <Option value="3x:0,0,0,0,0,0" name="offset_map_unit_scale" type="QString"/>
                    <Option value="MM" name="offset_unit" type="QString"/>
                    <Option value="128,128,128,255" name="outline_color" type="QString"/>
                    <Option value="no" name="outline_style" type="QString"/>
                    <Option value="0" name="outline_width" type="QString"/>
                    <Option value="MM" name="outline_width_unit" type="QString"/>
                    <Option value="solid" name="style" type="QString"/>
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
                      <Option value="" name="name" type="QString"/>
                      <Option name="properties"/>
                      <Option value="collection" name="type" type="QString"/>
                    </Option>
                  </data_defined_properties>
                </layer>
              </symbol>
            </background>
            <shadow shadowOffsetAngle="135" shadowColor="0,0,0,255" shadowRadiusUnit="MM" shadowRadius="1.5" shadowOffsetMapUnitScale="3x:0,0,0,0,0,0" shadowBlendMode="6" shadowUnder="0" shadowOffsetDist="1" shadowOffsetGlobal="1" shadowRadiusMapUnitScale="3x:0,0,0,0,0,0" shadowOffsetUnit="MM" shadowScale="100" shadowDraw="0" shadowOpacity="0.69999999999999996" shadowRadiusAlphaOnly="0"/>
            <dd_properties>
              <Option type="Map">
                <Option value="" name="name" type="QString"/>
                <Option name="properties"/>
                <Option value="collection" name="type" type="QString"/>
              </Option>
            </dd_properties>
            <substitutions/>
          </text-style>
          <text-format reverseDirectionSymbol="0" leftDirectionSymbol="&lt;" wrapChar="" formatNumbers="0" plussign="0" multilineAlign="3" useMaxLineLengthForAutoWrap="1" autoWrapLength="0" addDirectionSymbol="0" rightDirectionSymbol=">" placeDirectionSymbol="0" decimals="3"/>
          <placement repeatDistanceMapUnitScale="3x:0,0,0,0,0,0" priority="10" distUnits="MM" lineAnchorPercent="0.5" lineAnchorType="0" maxCurvedCharAngleIn="25" layerType="UnknownGeometry" repeatDistanceUnits="MM" rotationAngle="0" repeatDistance="0" overrunDistance="0" geometryGeneratorEnabled="0" offsetUnits="MM" fitInPolygonOnly="0" polygonPlacementFlags="2" placement="0" overrunDistanceMapUnitScale="3x:0,0,0,0,0,0" offsetType="0" yOffset="0" distMapUnitScale="3x:0,0,0,0,0,0" preserveRotation="1" placementFlags="10" centroidInside="1" xOffset="0" geometryGeneratorType="PointGeometry" quadOffset="4" rotationUnit="AngleDegrees" maxCurvedCharAngleOut="-25" lineAnchorClipping="0" labelOffsetMapUnitScale="3x:0,0,0,0,0,0" geometryGenerator="" overrunDistanceUnit="MM" predefinedPositionOrder="TR,TL,BR,BL,R,L,TSR,BSR" dist="1.2" centroidWhole="0"/>
          <rendering limitNumLabels="0" labelPerPart="0" scaleMax="1000" unplacedVisibility="0" minFeatureSize="0" fontMinPixelSize="0" fontLimitPixelSize="0" obstacle="1" displayAll="0" scaleMin="0" obstacleType="1" fontMaxPixelSize="10000" obstacleFactor="1" zIndex="0" scaleVisibility="1" mergeLines="0" maxNumLabels="2000" drawLabels="1" upsidedownLabels="0"/>
          <dd_properties>
            <Option type="Map">
              <Option value="" name="name" type="QString"/>
              <Option name="properties"/>
              <Option value="collection" name="type" type="QString"/>
            </Option>
          </dd_properties>
          <callout type="simple">
            <Option type="Map">
              <Option value="pole_of_inaccessibility" name="anchorPoint" type="QString"/>
              <Option value="0" name="blendMode" type="int"/>
              <Option name="ddProperties" type="Map">
                <Option value="" name="name" type="QString"/>
                <Option name="properties"/>
                <Option value="collection" name="type" type="QString"/>
              </Option>
              <Option value="false" name="drawToAllParts" type="bool"/>
              <Option value="0" name="enabled" type="QString"/>
              <Option value="point_on_exterior" name="labelAnchorPoint" type="QString"/>
              <Option value="&lt;symbol name=&quot;symbol&quot; clip_to_extent=&quot;1&quot; force_rhr=&quot;0&quot; type=&quot;line&quot; alpha=&quot;1&quot;>&lt;data_defined_properties>&lt;Option type=&quot;Map&quot;>&lt;Option value=&quot;&quot; name=&quot;name&quot; type=&quot;QString&quot;/>&lt;Option name=&quot;properties&quot;/>&lt;Option value=&quot;collection&quot; name=&quot;type&quot; type=&quot;QString&quot;/>&lt;/Option>&lt;/data_defined_properties>&lt;layer enabled=&quot;1&quot; class=&quot;SimpleLine&quot; pass=&quot;0&quot; locked=&quot;0&quot;>&lt;Option type=&quot;Map&quot;>&lt;Option value=&quot;0&quot; name=&quot;align_dash_pattern&quot; type=&quot;QString&quot;/>&lt;Option value=&quot;square&quot; name=&quot;capstyle&quot; type=&quot;QString&quot;/>&lt;Option value=&quot;5;2&quot; name=&quot;customdash&quot; type=&quot;QString&quot;/>&lt;Option value=&quot;3x:0,0,0,0,0,0&quot; name=&quot;customdash_map_unit_scale&quot; type=&quot;QString&quot;/>&lt;Option value=&quot;MM&quot; name=&quot;customdash_unit&quot; type=&quot;QString&quot;/>&lt;Option value=&quot;0&quot; name=&quot;dash_pattern_offset&quot; type=&quot;QString&quot;/>&lt;Option value=&quot;3x:0,0,0,0,0,0&quot; name=&quot;dash_pattern_offset_map_unit_scale&quot; type=&quot;QString&quot;/>&lt;Option value=&quot;MM&quot; name=&quot;dash_pattern_offset_unit&quot; type=&quot;QString&quot;/>&lt;Option value=&quot;0&quot; name=&quot;draw_inside_polygon&quot; type=&quot;QString&quot;/>&lt;Option value=&quot;bevel&quot; name=&quot;joinstyle&quot; type=&quot;QString&quot;/>&lt;Option value=&quot;60,60,60,255&quot; name=&quot;line_color&quot; type=&quot;QString&quot;/>&lt;Option value=&quot;solid&quot; name=&quot;line_style&quot; type=&quot;QString&quot;/>&lt;Option value=&quot;0.3&quot; name=&quot;line_width&quot; type=&quot;QString&quot;/>&lt;Option value=&quot;MM&quot; name=&quot;line_width_unit&quot; type=&quot;QString&quot;/>&lt;Option value=&quot;0&quot; name=&quot;offset&quot; type=&quot;QString&quot;/>&lt;Option value=&quot;3x:0,0,0,0,0,0&quot; name=&quot;offset_map_unit_scale&quot; type=&quot;QString&quot;/>&lt;Option value=&quot;MM&quot; name=&quot;offset_unit&quot; type=&quot;QString&quot;/>&lt;Option value=&quot;0&quot; name=&quot;ring_filter&quot; type=&quot;QString&quot;/>&lt;Option value=&quot;0&quot; name=&quot;trim_distance_end&quot; type=&quot;QString&quot;/>&lt;Option value=&quot;3x:0,0,0,0,0,0&quot; name=&quot;trim_distance_end_map_unit_scale&quot; type=&quot;QString&quot;/>&lt;Option value=&quot;MM&quot; name=&quot;trim_distance_end_unit&quot; type=&quot;QString&quot;/>&lt;Option value=&quot;0&quot; name=&quot;trim_distance_start&quot; type=&quot;QString&quot;/>&lt;Option value=&quot;3x:0,0,0,0,0,0&quot; name=&quot;trim_distance_start_map_unit_scale&quot; type=&quot;QString&quot;/>&lt;Option value=&quot;MM&quot; name=&quot;trim_distance_start_unit&quot; type=&quot;QString&quot;/>&lt;Option value=&quot;0&quot; name=&quot;tweak_dash_pattern_on_corners&quot; type=&quot;QString&quot;/>&lt;Option value=&quot;0&quot; name=&quot;use_custom_dash&quot; type=&quot;QString&quot;/>&lt;Option value=&quot;3x:0,0,0,0,0,0&quot; name=&quot;width_map_unit_scale&quot; type=&quot;QString&quot;/>&lt;/Option>&lt;prop k=&quot;align_dash_pattern&quot; v=&quot;0&quot;/>&lt;prop k=&quot;capstyle&quot; v=&quot;square&quot;/>&lt;prop k=&quot;customdash&quot; v=&quot;5;2&quot;/>&lt;prop k=&quot;customdash_map_unit_scale&quot; v=&quot;3x:0,0,0,0,0,0&quot;/>&lt;prop k=&quot;customdash_unit&quot; v=&quot;MM&quot;/>&lt;prop k=&quot;dash_pattern_offset&quot; v=&quot;0&quot;/>&lt;prop k=&quot;dash_pattern_offset_map_unit_scale&quot; v=&quot;3x:0,0,0,0,0,0&quot;/>&lt;prop k=&quot;dash_pattern_offset_unit&quot; v=&quot;MM&quot;/>&lt;prop k=&quot;draw_inside_polygon&quot; v=&quot;0&quot;/>&lt;prop k=&quot;joinstyle&quot; v=&quot;bevel&quot;/>&lt;prop k=&quot;line_color&quot; v=&quot;60,60,60,255&quot;/>&lt;prop k=&quot;line_style&quot; v=&quot;solid&quot;/>&lt;prop k=&quot;line_width&quot; v=&quot;0.3&quot;/>&lt;prop k=&quot;line_width_unit&quot; v=&quot;MM&quot;/>&lt;prop k=&quot;offset&quot; v=&quot;0&quot;/>&lt;prop k=&quot;offset_map_unit_scale&quot; v=&quot;3x:0,0,0,0,0,0&quot;/>&lt;prop k=&quot;offset_unit&quot; v=&quot;MM&quot;/>&lt;prop k=&quot;ring_filter&quot; v=&quot;0&quot;/>&lt;prop k=&quot;trim_distance_end&quot; v=&quot;0&quot;/>&lt;prop k=&quot;trim_distance_end_map_unit_scale&quot; v=&quot;3x:0,0,0,0,0,0&quot;/>&lt;prop k=&quot;trim_distance_end_unit&quot; v=&quot;MM&quot;/>&lt;prop k=&quot;trim_distance_start&quot; v=&quot;0&quot;/>&lt;prop k=&quot;trim_distance_start_map_unit_scale&quot; v=&quot;3x:0,0,0,0,0,0&quot;/>&lt;prop k=&quot;trim_distance_start_unit&quot; v=&quot;MM&quot;/>&lt;prop k=&quot;tweak_dash_pattern_on_corners&quot; v=&quot;0&quot;/>&lt;prop k=&quot;use_custom_dash&quot; v=&quot;0&quot;/>&lt;prop k=&quot;width_map_unit_scale&quot; v=&quot;3x:0,0,0,0,0,0&quot;/>&lt;data_defined_properties>&lt;Option type=&quot;Map&quot;>&lt;Option value=&quot;&quot; name=&quot;name&quot; type=&quot;QString&quot;/>&lt;Option name=&quot;properties&quot;/>&lt;Option value=&quot;collection&quot; name=&quot;type&quot; type=&quot;QString&quot;/>&lt;/Option>&lt;/data_defined_properties>&lt;/layer>&lt;/symbol>" name="lineSymbol" type="QString"/>
              <Option value="0" name="minLength" type="double"/>
              <Option value="3x:0,0,0,0,0,0" name="minLengthMapUnitScale" type="QString"/>
              <Option value="MM" name="minLengthUnit" type="QString"/>
              <Option value="0" name="offsetFromAnchor" type="double"/>
              <Option value="3x:0,0,0,0,0,0" name="offsetFromAnchorMapUnitScale" type="QString"/>
              <Option value="MM" name="offsetFromAnchorUnit" type="QString"/>
              <Option value="0" name="offsetFromLabel" type="double"/>
              <Option value="3x:0,0,0,0,0,0" name="offsetFromLabelMapUnitScale" type="QString"/>
              <Option value="MM" name="offsetFromLabelUnit" type="QString"/>
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
    <field name="id" configurationFlags="None"/>
    <field name="code" configurationFlags="None"/>
    <field name="source" configurationFlags="None"/>
    <field name="kind" configurationFlags="None"/>
    <field name="class_code" configurationFlags="None"/>
    <field name="description" configurationFlags="None"/>
    <field name="address" configurationFlags="None"/>
    <field name="urgent" configurationFlags="None"/>
    <field name="component_code" configurationFlags="None"/>
    <field name="x" configurationFlags="None"/>
    <field name="y" configurationFlags="None"/>
    <field name="grid_code" configurationFlags="None"/>
    <field name="community_code" configurationFlags="None"/>
    <field name="street_code" configurationFlags="None"/>
    <field name="district_code" configurationFlags="None"/>
    <field name="level" configurationFlags="None"/>
    <field name="state" configurationFlags="None"/>
    <field name="reporter" configurationFlags="None"/>
    <field name="inspector" configurationFlags="None"/>
    <field name="department_code" configurationFlags="None"/>
    <field name="suggested_department_code" configurationFlags="None"/>
    <field name="last_department_code" configurationFlags="None"/>
    <field name="stage" configurationFlags="None"/>
    <field name="stage_started_at" configurationFlags="None"/>
    <field name="deadline" configurationFlags="None"/>
    <field name="paused_at" configurationFlags="None"/>
    <field name="postponement_until" configurationFlags="None"/>
    <field name="verification_result" configurationFlags="None"/>
    <field name="check_result" configurationFlags="None"/>
    <field name="close_type" configurationFlags="None"/>
    <field name="rework_count" configurationFlags="None"/>
    <field name="return_count" configurationFlags="None"/>
    <field name="urge_count" configurationFlags="None"/>
    <field name="postpone_count" configurationFlags="None"/>
    <field name="registered_at" configurationFlags="None"/>
    <field name="accepted_at" configurationFlags="None"/>
    <field name="accept_late" configurationFlags="None"/>
    <field name="filed_at" configurationFlags="None"/>
    <field name="verify_late" configurationFlags="None"/>
    <field name="dispatched_at" configurationFlags="None"/>
    <field name="dispatch_late" configurationFlags="None"/>
    <field name="handle_deadline" configurationFlags="None"/>
    <field name="handled_at" configurationFlags="None"/>
    <field name="handle_late" configurationFlags="None"/>
    <field name="check_late" configurationFlags="None"/>
    <field name="closed_at" configurationFlags="None"/>
    <field name="updated_at" configurationFlags="None"/>
    <field name="version" configurationFlags="None"/>
    <field name="light" configurationFlags="None"/>
  </fieldConfiguration>
  <aliases>
    <alias name="" index="0" field="id"/>
    <alias name="" index="1" field="code"/>
    <alias name="" index="2" field="source"/>
    <alias name="" index="3" field="kind"/>
    <alias name="" index="4" field="class_code"/>
    <alias name="" index="5" field="description"/>
    <alias name="" index="6" field="address"/>
    <alias name="" index="7" field="urgent"/>
    <alias name="" index="8" field="component_code"/>
    <alias name="" index="9" field="x"/>
    <alias name="" index="10" field="y"/>
    <alias name="" index="11" field="grid_code"/>
    <alias name="" index="12" field="community_code"/>
    <alias name="" index="13" field="street_code"/>
    <alias name="" index="14" field="district_code"/>
    <alias name="" index="15" field="level"/>
    <alias name="" index="16" field="state"/>
    <alias name="" index="17" field="reporter"/>
    <alias name="" index="18" field="inspector"/>
    <alias name="" index="19" field="department_code"/>
    <alias name="" index="20" field="suggested_department_code"/>
    <alias name="" index="21" field="last_department_code"/>
    <alias name="" index="22" field="stage"/>
    <alias name="" index="23" field="stage_started_at"/>
    <alias name="" index="24" field="deadline"/>
    <alias name="" index="25" field="paused_at"/>
    <alias name="" index="26" field="postponement_until"/>
    <alias name="" index="27" field="verification_result"/>
    <alias name="" index="28" field="check_result"/>
    <alias name="" index="29" field="close_type"/>
    <alias name="" index="30" field="rework_count"/>
    <alias name="" index="31" field="return_count"/>
    <alias name="" index="32" field="urge_count"/>
    <alias name="" index="33" field="postpone_count"/>
    <alias name="" index="34" field="registered_at"/>
    <alias name="" index="35" field="accepted_at"/>
    <alias name="" index="36" field="accept_late"/>
    <alias name="" index="37" field="filed_at"/>
    <alias name="" index="38" field="verify_late"/>
    <alias name="" index="39" field="dispatched_at"/>
    <alias name="" index="40" field="dispatch_late"/>
    <alias name="" index="41" field="handle_deadline"/>
    <alias name="" index="42" field="handled_at"/>
    <alias name="" index="43" field="handle_late"/>
    <alias name="" index="44" field="check_late"/>
    <alias name="" index="45" field="closed_at"/>
    <alias name="" index="46" field="updated_at"/>
    <alias name="" index="47" field="version"/>
    <alias name="" index="48" field="light"/>
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
    <default field="light" expression="" applyOnUpdate="0"/>
  </defaults>
  <constraints>
    <constraint constraints="0" field="id" unique_strength="0" notnull_strength="0" exp_strength="0"/>
    <constraint constraints="0" field="code" unique_strength="0" notnull_strength="0" exp_strength="0"/>
    <constraint constraints="0" field="source" unique_strength="0" notnull_strength="0" exp_strength="0"/>
    <constraint constraints="0" field="kind" unique_strength="0" notnull_strength="0" exp_strength="0"/>
    <constraint constraints="0" field="class_code" unique_strength="0" notnull_strength="0" exp_strength="0"/>
    <constraint constraints="0" field="description" unique_strength="0" notnull_strength="0" exp_strength="0"/>
    <constraint constraints="0" field="address" unique_strength="0" notnull_strength="0" exp_strength="0"/>
    <constraint constraints="0" field="urgent" unique_strength="0" notnull_strength="0" exp_strength="0"/>
    <constraint constraints="0" field="component_code" unique_strength="0" notnull_strength="0" exp_strength="0"/>
    <constraint constraints="0" field="x" unique_strength="0" notnull_strength="0" exp_strength="0"/>
    <constraint constraints="0" field="y" unique_strength="0" notnull_strength="0" exp_strength="0"/>
    <constraint constraints="0" field="grid_code" unique_strength="0" notnull_strength="0" exp_strength="0"/>
    <constraint constraints="0" field="community_code" unique_strength="0" notnull_strength="0" exp_strength="0"/>
    <constraint constraints="0" field="street_code" unique_strength="0" notnull_strength="0" exp_strength="0"/>
    <constraint constraints="0" field="district_code" unique_strength="0" notnull_strength="0" exp_strength="0"/>
    <constraint constraints="0" field="level" unique_strength="0" notnull_strength="0" exp_strength="0"/>
    <constraint constraints="0" field="state" unique_strength="0" notnull_strength="0" exp_strength="0"/>
    <constraint constraints="0" field="reporter" unique_strength="0" notnull_strength="0" exp_strength="0"/>
    <constraint constraints="0" field="inspector" unique_strength="0" notnull_strength="0" exp_strength="0"/>
    <constraint constraints="0" field="department_code" unique_strength="0" notnull_strength="0" exp_strength="0"/>
    <constraint constraints="0" field="suggested_department_code" unique_strength="0" notnull_strength="0" exp_strength="0"/>
    <constraint constraints="0" field="last_department_code" unique_strength="0" notnull_strength="0" exp_strength="0"/>
    <constraint constraints="0" field="stage" unique_strength="0" notnull_strength="0" exp_strength="0"/>
    <constraint constraints="0" field="stage_started_at" unique_strength="0" notnull_strength="0" exp_strength="0"/>
    <constraint constraints="0" field="deadline" unique_strength="0" notnull_strength="0" exp_strength="0"/>
    <constraint constraints="0" field="paused_at" unique_strength="0" notnull_strength="0" exp_strength="0"/>
    <constraint constraints="0" field="postponement_until" unique_strength="0" notnull_strength="0" exp_strength="0"/>
    <constraint constraints="0" field="verification_result" unique_strength="0" notnull_strength="0" exp_strength="0"/>
    <constraint constraints="0" field="check_result" unique_strength="0" notnull_strength="0" exp_strength="0"/>
    <constraint constraints="0" field="close_type" unique_strength="0" notnull_strength="0" exp_strength="0"/>
    <constraint constraints="0" field="rework_count" unique_strength="0" notnull_strength="0" exp_strength="0"/>
    <constraint constraints="0" field="return_count" unique_strength="0" notnull_strength="0" exp_strength="0"/>
    <constraint constraints="0" field="urge_count" unique_strength="0" notnull_strength="0" exp_strength="0"/>
    <constraint constraints="0" field="postpone_count" unique_strength="0" notnull_strength="0" exp_strength="0"/>
    <constraint constraints="0" field="registered_at" unique_strength="0" notnull_strength="0" exp_strength="0"/>
    <constraint constraints="0" field="accepted_at" unique_strength="0" notnull_strength="0" exp_strength="0"/>
    <constraint constraints="0" field="accept_late" unique_strength="0" notnull_strength="0" exp_strength="0"/>
    <constraint constraints="0" field="filed_at" unique_strength="0" notnull_strength="0" exp_strength="0"/>
    <constraint constraints="0" field="verify_late" unique_strength="0" notnull_strength="0" exp_strength="0"/>
    <constraint constraints="0" field="dispatched_at" unique_strength="0" notnull_strength="0" exp_strength="0"/>
    <constraint constraints="0" field="dispatch_late" unique_strength="0" notnull_strength="0" exp_strength="0"/>
    <constraint constraints="0" field="handle_deadline" unique_strength="0" notnull_strength="0" exp_strength="0"/>
    <constraint constraints="0" field="handled_at" unique_strength="0" notnull_strength="0" exp_strength="0"/>
    <constraint constraints="0" field="handle_late" unique_strength="0" notnull_strength="0" exp_strength="0"/>
    <constraint constraints="0" field="check_late" unique_strength="0" notnull_strength="0" exp_strength="0"/>
    <constraint constraints="0" field="closed_at" unique_strength="0" notnull_strength="0" exp_strength="0"/>
    <constraint constraints="0" field="updated_at" unique_strength="0" notnull_strength="0" exp_strength="0"/>
    <constraint constraints="0" field="version" unique_strength="0" notnull_strength="0" exp_strength="0"/>
    <constraint constraints="0" field="light" unique_strength="0" notnull_strength="0" exp_strength="0"/>
  </constraints>
  <constraintExpressions>
    <constraint exp="" field="id" desc=""/>
    <constraint exp="" field="code" desc=""/>
    <constraint exp="" field="source" desc=""/>
    <constraint exp="" field="kind" desc=""/>
    <constraint exp="" field="class_code" desc=""/>
    <constraint exp="" field="description" desc=""/>
    <constraint exp="" field="address" desc=""/>
    <constraint exp="" field="urgent" desc=""/>
    <constraint exp="" field="component_code" desc=""/>
    <constraint exp="" field="x" desc=""/>
    <constraint exp="" field="y" desc=""/>
    <constraint exp="" field="grid_code" desc=""/>
    <constraint exp="" field="community_code" desc=""/>
    <constraint exp="" field="street_code" desc=""/>
    <constraint exp="" field="district_code" desc=""/>
    <constraint exp="" field="level" desc=""/>
    <constraint exp="" field="state" desc=""/>
    <constraint exp="" field="reporter" desc=""/>
    <constraint exp="" field="inspector" desc=""/>
    <constraint exp="" field="department_code" desc=""/>
    <constraint exp="" field="suggested_department_code" desc=""/>
    <constraint exp="" field="last_department_code" desc=""/>
    <constraint exp="" field="stage" desc=""/>
    <constraint exp="" field="stage_started_at" desc=""/>
    <constraint exp="" field="deadline" desc=""/>
    <constraint exp="" field="paused_at" desc=""/>
    <constraint exp="" field="postponement_until" desc=""/>
    <constraint exp="" field="verification_result" desc=""/>
    <constraint exp="" field="check_result" desc=""/>
    <constraint exp="" field="close_type" desc=""/>
    <constraint exp="" field="rework_count" desc=""/>
    <constraint exp="" field="return_count" desc=""/>
    <constraint exp="" field="urge_count" desc=""/>
    <constraint exp="" field="postpone_count" desc=""/>
    <constraint exp="" field="registered_at" desc=""/>
    <constraint exp="" field="accepted_at" desc=""/>
    <constraint exp="" field="accept_late" desc=""/>
    <constraint exp="" field="filed_at" desc=""/>
    <constraint exp="" field="verify_late" desc=""/>
    <constraint exp="" field="dispatched_at" desc=""/>
    <constraint exp="" field="dispatch_late" desc=""/>
    <constraint exp="" field="handle_deadline" desc=""/>
    <constraint exp="" field="handled_at" desc=""/>
    <constraint exp="" field="handle_late" desc=""/>
    <constraint exp="" field="check_late" desc=""/>
    <constraint exp="" field="closed_at" desc=""/>
    <constraint exp="" field="updated_at" desc=""/>
    <constraint exp="" field="version" desc=""/>
    <constraint exp="" field="light" desc=""/>
  </constraintExpressions>
  <expressionfields>
    <field name="light" precision="0" subType="0" length="8" typeName="string" expression="CASE&#xa; WHEN &quot;state&quot; IN ('closed', 'rejected', 'cancelled', 'suspended') OR &quot;deadline&quot; IS NULL THEN NULL&#xa; WHEN if(@console_now_ms IS NULL, 2 * epoch(now()) - (day(to_date(now()) - to_date('1970-01-01')) * 86400 + hour(now()) * 3600 + minute(now()) * 60 + second(now())) * 1000, @console_now_ms) > epoch(&quot;deadline&quot;) THEN 'red'&#xa; WHEN if(@console_now_ms IS NULL, 2 * epoch(now()) - (day(to_date(now()) - to_date('1970-01-01')) * 86400 + hour(now()) * 3600 + minute(now()) * 60 + second(now())) * 1000, @console_now_ms) > 0.2 * epoch(&quot;stage_started_at&quot;) + 0.8 * epoch(&quot;deadline&quot;) THEN 'yellow'&#xa; ELSE 'green'&#xa;END" comment="" type="10"/>
  </expressionfields>
  <mapTip></mapTip>
  <layerGeometryType>0</layerGeometryType>
</qgis>
