<!DOCTYPE qgis PUBLIC 'http://mrcc.com/qgis.dtd' 'SYSTEM'>
<qgis minScale="100000000" simplifyLocal="1" simplifyAlgorithm="0" symbologyReferenceScale="-1" maxScale="0" labelsEnabled="1" version="3.22.16-Białowieża" styleCategories="Symbology|Labeling|Fields|MapTips|Rendering" simplifyDrawingTol="1" simplifyMaxScale="1" hasScaleBasedVisibilityFlag="0" simplifyDrawingHints="1">
  <renderer-v2 toleranceUnitScale="3x:0,0,0,0,0,0" toleranceUnit="MM" referencescale="-1" tolerance="8" enableorderby="1" type="pointCluster" symbollevels="0" forceraster="0">
    <renderer-v2 referencescale="-1" enableorderby="0" type="RuleRenderer" symbollevels="0" forceraster="0">
      <rules key="{bb13d785-6457-464a-97d0-324c3a78375d}">
        <rule key="{5da12aff-b8d8-4322-8793-4ff60fdd596e}" scalemaxdenom="25000" label="Pins (street scale)" description="street scale: shape = stage, colour = deadline light">
          <rule key="{b09ded33-2f13-414e-bdd5-85d222f09310}" scalemaxdenom="25000" label="Awaiting acceptance" description="受理 (登记/核实/值班长)" filter="&quot;state&quot; IN ('reported', 'verifying', 'adjudicating')">
            <rule key="{57ebecb0-891d-4585-8177-ca1d2f5fd557}" scalemaxdenom="25000" label="Overdue" description="超期" symbol="0" filter="&quot;light&quot; = 'red'"/>
            <rule key="{2be6f7b9-c260-47c2-b0a2-eaf3ebe2e8e4}" scalemaxdenom="25000" label="Due soon" description="将到期 (>80%)" symbol="1" filter="&quot;light&quot; = 'yellow'"/>
            <rule key="{dc3bef44-a81d-4054-8d33-99a7bcd99b88}" scalemaxdenom="25000" label="On time" description="正常" symbol="2" filter="ELSE"/>
          </rule>
          <rule key="{2dff0e67-ddcc-4d28-b2a6-9a3cdea4a811}" scalemaxdenom="25000" label="Awaiting dispatch" description="待派遣" filter="&quot;state&quot; IN ('filed')">
            <rule key="{80ccb135-6214-4321-988e-6b46478b281c}" scalemaxdenom="25000" label="Overdue" description="超期" symbol="3" filter="&quot;light&quot; = 'red'"/>
            <rule key="{c470d9ef-87eb-48df-90a0-a661e77c2487}" scalemaxdenom="25000" label="Due soon" description="将到期 (>80%)" symbol="4" filter="&quot;light&quot; = 'yellow'"/>
            <rule key="{b686ac40-ee04-42c4-a5e9-14be3383a6c0}" scalemaxdenom="25000" label="On time" description="正常" symbol="5" filter="ELSE"/>
          </rule>
          <rule key="{dce121a1-add4-4617-94b8-015312af4233}" scalemaxdenom="25000" label="With a department" description="处置/处置反馈" filter="&quot;state&quot; IN ('dispatched', 'handled')">
            <rule key="{754b2188-5124-490a-9884-1507f72fa1d5}" scalemaxdenom="25000" label="Overdue" description="超期" symbol="6" filter="&quot;light&quot; = 'red'"/>
            <rule key="{6cfe5135-4ecd-40c7-bbbf-846880eb1b13}" scalemaxdenom="25000" label="Due soon" description="将到期 (>80%)" symbol="7" filter="&quot;light&quot; = 'yellow'"/>
            <rule key="{bc14b76b-1a23-4f84-8333-f18344e9fcbc}" scalemaxdenom="25000" label="On time" description="正常" symbol="8" filter="ELSE"/>
          </rule>
          <rule key="{3b3bddcc-4edf-4029-9835-58bd132e692f}" scalemaxdenom="25000" label="Under inspection" description="核查" filter="&quot;state&quot; IN ('checking')">
            <rule key="{dce1aed4-a5ab-4c8c-bab4-68b7cd96fe13}" scalemaxdenom="25000" label="Overdue" description="超期" symbol="9" filter="&quot;light&quot; = 'red'"/>
            <rule key="{deace33a-3c2c-465c-81ef-52c7bbbc958c}" scalemaxdenom="25000" label="Due soon" description="将到期 (>80%)" symbol="10" filter="&quot;light&quot; = 'yellow'"/>
            <rule key="{a2849687-342e-4d53-872f-01cd8acf992b}" scalemaxdenom="25000" label="On time" description="正常" symbol="11" filter="ELSE"/>
          </rule>
          <rule key="{b952c9e9-d3cb-4fa0-b031-ee29bf667251}" scalemaxdenom="25000" label="Suspended" description="挂账" symbol="12" filter="&quot;state&quot; = 'suspended'"/>
          <rule key="{5f3a4b9f-3aad-44ee-866e-6cdbf0aa5d60}" scalemaxdenom="25000" label="Closed, rejected or cancelled" description="已结案/不受理/作废" symbol="13" filter="&quot;state&quot; IN ('closed', 'rejected', 'cancelled')"/>
        </rule>
        <rule key="{1e2eb37a-944c-4bd1-a0d4-cbc3b8ff900c}" label="Dots and clusters (city scale)" description="city scale: overdue red, others blue" scalemindenom="25000">
          <rule key="{1a38bec3-e21a-4a6f-8eb6-c37e23a1f4ed}" label="Overdue" description="超期" scalemindenom="25000" symbol="14" filter="&quot;light&quot; = 'red'"/>
          <rule key="{cfe1bef7-743d-4a92-ad17-68684d22a680}" label="Closed, rejected or cancelled" description="已结案/不受理/作废" scalemindenom="25000" symbol="15" filter="&quot;state&quot; IN ('closed', 'rejected', 'cancelled')"/>
          <rule key="{6cb60bb4-92e6-4823-85d9-a2b2a8105cd0}" label="Open, not overdue" description="未超期" scalemindenom="25000" symbol="16" filter="ELSE"/>
        </rule>
      </rules>
      <symbols>
        <symbol type="marker" alpha="1" name="0" clip_to_extent="1" force_rhr="0">
          <data_defined_properties>
            <Option type="Map">
              <Option value="" type="QString" name="name"/>
              <Option name="properties"/>
              <Option value="collection" type="QString" name="type"/>
            </Option>
          </data_defined_properties>
          <layer locked="0" class="SimpleMarker" enabled="1" pass="0">
            <Option type="Map">
              <Option value="0" type="QString" name="angle"/>
              <Option value="square" type="QString" name="cap_style"/>
              <Option value="224,32,42,255" type="QString" name="color"/>
              <Option value="1" type="QString" name="horizontal_anchor_point"/>
              <Option value="bevel" type="QString" name="joinstyle"/>
              <Option value="circle" type="QString" name="name"/>
              <Option value="0,0" type="QString" name="offset"/>
              <Option value="3x:0,0,0,0,0,0" type="QString" name="offset_map_unit_scale"/>
              <Option value="MM" type="QString" name="offset_unit"/>
              <Option value="255,255,255,255" type="QString" name="outline_color"/>
              <Option value="solid" type="QString" name="outline_style"/>
              <Option value="0.6" type="QString" name="outline_width"/>
              <Option value="3x:0,0,0,0,0,0" type="QString" name="outline_width_map_unit_scale"/>
              <Option value="MM" type="QString" name="outline_width_unit"/>
              <Option value="diameter" type="QString" name="scale_method"/>
              <Option value="4.8" type="QString" name="size"/>
              <Option value="3x:0,0,0,0,0,0" type="QString" name="size_map_unit_scale"/>
              <Option value="MM" type="QString" name="size_unit"/>
              <Option value="1" type="QString" name="vertical_anchor_point"/>
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
                <Option value="" type="QString" name="name"/>
                <Option name="properties"/>
                <Option value="collection" type="QString" name="type"/>
              </Option>
            </data_defined_properties>
          </layer>
        </symbol>
        <symbol type="marker" alpha="1" name="1" clip_to_extent="1" force_rhr="0">
          <data_defined_properties>
            <Option type="Map">
              <Option value="" type="QString" name="name"/>
              <Option name="properties"/>
              <Option value="collection" type="QString" name="type"/>
            </Option>
          </data_defined_properties>
          <layer locked="0" class="SimpleMarker" enabled="1" pass="0">
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
        <symbol type="marker" alpha="1" name="10" clip_to_extent="1" force_rhr="0">
          <data_defined_properties>
            <Option type="Map">
              <Option value="" type="QString" name="name"/>
              <Option name="properties"/>
              <Option value="collection" type="QString" name="type"/>
            </Option>
          </data_defined_properties>
          <layer locked="0" class="SimpleMarker" enabled="1" pass="0">
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
        <symbol type="marker" alpha="1" name="11" clip_to_extent="1" force_rhr="0">
          <data_defined_properties>
            <Option type="Map">
              <Option value="" type="QString" name="name"/>
              <Option name="properties"/>
              <Option value="collection" type="QString" name="type"/>
            </Option>
          </data_defined_properties>
          <layer locked="0" class="SimpleMarker" enabled="1" pass="0">
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
        <symbol type="marker" alpha="1" name="12" clip_to_extent="1" force_rhr="0">
          <data_defined_properties>
            <Option type="Map">
              <Option value="" type="QString" name="name"/>
              <Option name="properties"/>
              <Option value="collection" type="QString" name="type"/>
            </Option>
          </data_defined_properties>
          <layer locked="0" class="SimpleMarker" enabled="1" pass="0">
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
        <symbol type="marker" alpha="1" name="13" clip_to_extent="1" force_rhr="0">
          <data_defined_properties>
            <Option type="Map">
              <Option value="" type="QString" name="name"/>
              <Option name="properties"/>
              <Option value="collection" type="QString" name="type"/>
            </Option>
          </data_defined_properties>
          <layer locked="0" class="SimpleMarker" enabled="1" pass="0">
            <Option type="Map">
              <Option value="0" type="QString" name="angle"/>
              <Option value="square" type="QString" name="cap_style"/>
              <Option value="108,142,191,255" type="QString" name="color"/>
              <Option value="1" type="QString" name="horizontal_anchor_point"/>
              <Option value="bevel" type="QString" name="joinstyle"/>
              <Option value="circle" type="QString" name="name"/>
              <Option value="0,0" type="QString" name="offset"/>
              <Option value="3x:0,0,0,0,0,0" type="QString" name="offset_map_unit_scale"/>
              <Option value="MM" type="QString" name="offset_unit"/>
              <Option value="255,255,255,255" type="QString" name="outline_color"/>
              <Option value="solid" type="QString" name="outline_style"/>
              <Option value="0.3" type="QString" name="outline_width"/>
              <Option value="3x:0,0,0,0,0,0" type="QString" name="outline_width_map_unit_scale"/>
              <Option value="MM" type="QString" name="outline_width_unit"/>
              <Option value="diameter" type="QString" name="scale_method"/>
              <Option value="2.6" type="QString" name="size"/>
              <Option value="3x:0,0,0,0,0,0" type="QString" name="size_map_unit_scale"/>
              <Option value="MM" type="QString" name="size_unit"/>
              <Option value="1" type="QString" name="vertical_anchor_point"/>
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
                <Option value="" type="QString" name="name"/>
                <Option name="properties"/>
                <Option value="collection" type="QString" name="type"/>
              </Option>
            </data_defined_properties>
          </layer>
        </symbol>
        <symbol type="marker" alpha="1" name="14" clip_to_extent="1" force_rhr="0">
          <data_defined_properties>
            <Option type="Map">
              <Option value="" type="QString" name="name"/>
              <Option name="properties"/>
              <Option value="collection" type="QString" name="type"/>
            </Option>
          </data_defined_properties>
          <layer locked="0" class="SimpleMarker" enabled="1" pass="0">
            <Option type="Map">
              <Option value="0" type="QString" name="angle"/>
              <Option value="square" type="QString" name="cap_style"/>
              <Option value="224,32,42,255" type="QString" name="color"/>
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
              <Option value="2.6" type="QString" name="size"/>
              <Option value="3x:0,0,0,0,0,0" type="QString" name="size_map_unit_scale"/>
              <Option value="MM" type="QString" name="size_unit"/>
              <Option value="1" type="QString" name="vertical_anchor_point"/>
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
                <Option value="" type="QString" name="name"/>
                <Option name="properties"/>
                <Option value="collection" type="QString" name="type"/>
              </Option>
            </data_defined_properties>
          </layer>
        </symbol>
        <symbol type="marker" alpha="1" name="15" clip_to_extent="1" force_rhr="0">
          <data_defined_properties>
            <Option type="Map">
              <Option value="" type="QString" name="name"/>
              <Option name="properties"/>
              <Option value="collection" type="QString" name="type"/>
            </Option>
          </data_defined_properties>
          <layer locked="0" class="SimpleMarker" enabled="1" pass="0">
            <Option type="Map">
              <Option value="0" type="QString" name="angle"/>
              <Option value="square" type="QString" name="cap_style"/>
              <Option value="157,179,214,255" type="QString" name="color"/>
              <Option value="1" type="QString" name="horizontal_anchor_point"/>
              <Option value="bevel" type="QString" name="joinstyle"/>
              <Option value="circle" type="QString" name="name"/>
              <Option value="0,0" type="QString" name="offset"/>
              <Option value="3x:0,0,0,0,0,0" type="QString" name="offset_map_unit_scale"/>
              <Option value="MM" type="QString" name="offset_unit"/>
              <Option value="255,255,255,255" type="QString" name="outline_color"/>
              <Option value="solid" type="QString" name="outline_style"/>
              <Option value="0.2" type="QString" name="outline_width"/>
              <Option value="3x:0,0,0,0,0,0" type="QString" name="outline_width_map_unit_scale"/>
              <Option value="MM" type="QString" name="outline_width_unit"/>
              <Option value="diameter" type="QString" name="scale_method"/>
              <Option value="1.6" type="QString" name="size"/>
              <Option value="3x:0,0,0,0,0,0" type="QString" name="size_map_unit_scale"/>
              <Option value="MM" type="QString" name="size_unit"/>
              <Option value="1" type="QString" name="vertical_anchor_point"/>
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
                <Option value="" type="QString" name="name"/>
                <Option name="properties"/>
                <Option value="collection" type="QString" name="type"/>
              </Option>
            </data_defined_properties>
          </layer>
        </symbol>
        <symbol type="marker" alpha="1" name="16" clip_to_extent="1" force_rhr="0">
          <data_defined_properties>
            <Option type="Map">
              <Option value="" type="QString" name="name"/>
              <Option name="properties"/>
              <Option value="collection" type="QString" name="type"/>
            </Option>
          </data_defined_properties>
          <layer locked="0" class="SimpleMarker" enabled="1" pass="0">
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
        <symbol type="marker" alpha="1" name="2" clip_to_extent="1" force_rhr="0">
          <data_defined_properties>
            <Option type="Map">
              <Option value="" type="QString" name="name"/>
              <Option name="properties"/>
              <Option value="collection" type="QString" name="type"/>
            </Option>
          </data_defined_properties>
          <layer locked="0" class="SimpleMarker" enabled="1" pass="0">
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
        <symbol type="marker" alpha="1" name="3" clip_to_extent="1" force_rhr="0">
          <data_defined_properties>
            <Option type="Map">
              <Option value="" type="QString" name="name"/>
              <Option name="properties"/>
              <Option value="collection" type="QString" name="type"/>
            </Option>
          </data_defined_properties>
          <layer locked="0" class="SimpleMarker" enabled="1" pass="0">
            <Option type="Map">
              <Option value="0" type="QString" name="angle"/>
              <Option value="square" type="QString" name="cap_style"/>
              <Option value="224,32,42,255" type="QString" name="color"/>
              <Option value="1" type="QString" name="horizontal_anchor_point"/>
              <Option value="bevel" type="QString" name="joinstyle"/>
              <Option value="diamond" type="QString" name="name"/>
              <Option value="0,0" type="QString" name="offset"/>
              <Option value="3x:0,0,0,0,0,0" type="QString" name="offset_map_unit_scale"/>
              <Option value="MM" type="QString" name="offset_unit"/>
              <Option value="255,255,255,255" type="QString" name="outline_color"/>
              <Option value="solid" type="QString" name="outline_style"/>
              <Option value="0.6" type="QString" name="outline_width"/>
              <Option value="3x:0,0,0,0,0,0" type="QString" name="outline_width_map_unit_scale"/>
              <Option value="MM" type="QString" name="outline_width_unit"/>
              <Option value="diameter" type="QString" name="scale_method"/>
              <Option value="4.8" type="QString" name="size"/>
              <Option value="3x:0,0,0,0,0,0" type="QString" name="size_map_unit_scale"/>
              <Option value="MM" type="QString" name="size_unit"/>
              <Option value="1" type="QString" name="vertical_anchor_point"/>
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
                <Option value="" type="QString" name="name"/>
                <Option name="properties"/>
                <Option value="collection" type="QString" name="type"/>
              </Option>
            </data_defined_properties>
          </layer>
        </symbol>
        <symbol type="marker" alpha="1" name="4" clip_to_extent="1" force_rhr="0">
          <data_defined_properties>
            <Option type="Map">
              <Option value="" type="QString" name="name"/>
              <Option name="properties"/>
              <Option value="collection" type="QString" name="type"/>
            </Option>
          </data_defined_properties>
          <layer locked="0" class="SimpleMarker" enabled="1" pass="0">
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
        <symbol type="marker" alpha="1" name="5" clip_to_extent="1" force_rhr="0">
          <data_defined_properties>
            <Option type="Map">
              <Option value="" type="QString" name="name"/>
              <Option name="properties"/>
              <Option value="collection" type="QString" name="type"/>
            </Option>
          </data_defined_properties>
          <layer locked="0" class="SimpleMarker" enabled="1" pass="0">
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
        <symbol type="marker" alpha="1" name="6" clip_to_extent="1" force_rhr="0">
          <data_defined_properties>
            <Option type="Map">
              <Option value="" type="QString" name="name"/>
              <Option name="properties"/>
              <Option value="collection" type="QString" name="type"/>
            </Option>
          </data_defined_properties>
          <layer locked="0" class="SimpleMarker" enabled="1" pass="0">
            <Option type="Map">
              <Option value="0" type="QString" name="angle"/>
              <Option value="square" type="QString" name="cap_style"/>
              <Option value="224,32,42,255" type="QString" name="color"/>
              <Option value="1" type="QString" name="horizontal_anchor_point"/>
              <Option value="bevel" type="QString" name="joinstyle"/>
              <Option value="square" type="QString" name="name"/>
              <Option value="0,0" type="QString" name="offset"/>
              <Option value="3x:0,0,0,0,0,0" type="QString" name="offset_map_unit_scale"/>
              <Option value="MM" type="QString" name="offset_unit"/>
              <Option value="255,255,255,255" type="QString" name="outline_color"/>
              <Option value="solid" type="QString" name="outline_style"/>
              <Option value="0.6" type="QString" name="outline_width"/>
              <Option value="3x:0,0,0,0,0,0" type="QString" name="outline_width_map_unit_scale"/>
              <Option value="MM" type="QString" name="outline_width_unit"/>
              <Option value="diameter" type="QString" name="scale_method"/>
              <Option value="4.8" type="QString" name="size"/>
              <Option value="3x:0,0,0,0,0,0" type="QString" name="size_map_unit_scale"/>
              <Option value="MM" type="QString" name="size_unit"/>
              <Option value="1" type="QString" name="vertical_anchor_point"/>
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
                <Option value="" type="QString" name="name"/>
                <Option name="properties"/>
                <Option value="collection" type="QString" name="type"/>
              </Option>
            </data_defined_properties>
          </layer>
        </symbol>
        <symbol type="marker" alpha="1" name="7" clip_to_extent="1" force_rhr="0">
          <data_defined_properties>
            <Option type="Map">
              <Option value="" type="QString" name="name"/>
              <Option name="properties"/>
              <Option value="collection" type="QString" name="type"/>
            </Option>
          </data_defined_properties>
          <layer locked="0" class="SimpleMarker" enabled="1" pass="0">
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
        <symbol type="marker" alpha="1" name="8" clip_to_extent="1" force_rhr="0">
          <data_defined_properties>
            <Option type="Map">
              <Option value="" type="QString" name="name"/>
              <Option name="properties"/>
              <Option value="collection" type="QString" name="type"/>
            </Option>
          </data_defined_properties>
          <layer locked="0" class="SimpleMarker" enabled="1" pass="0">
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
        <symbol type="marker" alpha="1" name="9" clip_to_extent="1" force_rhr="0">
          <data_defined_properties>
            <Option type="Map">
              <Option value="" type="QString" name="name"/>
              <Option name="properties"/>
              <Option value="collection" type="QString" name="type"/>
            </Option>
          </data_defined_properties>
          <layer locked="0" class="SimpleMarker" enabled="1" pass="0">
            <Option type="Map">
              <Option value="0" type="QString" name="angle"/>
              <Option value="square" type="QString" name="cap_style"/>
              <Option value="224,32,42,255" type="QString" name="color"/>
              <Option value="1" type="QString" name="horizontal_anchor_point"/>
              <Option value="bevel" type="QString" name="joinstyle"/>
              <Option value="triangle" type="QString" name="name"/>
              <Option value="0,0" type="QString" name="offset"/>
              <Option value="3x:0,0,0,0,0,0" type="QString" name="offset_map_unit_scale"/>
              <Option value="MM" type="QString" name="offset_unit"/>
              <Option value="255,255,255,255" type="QString" name="outline_color"/>
              <Option value="solid" type="QString" name="outline_style"/>
              <Option value="0.6" type="QString" name="outline_width"/>
              <Option value="3x:0,0,0,0,0,0" type="QString" name="outline_width_map_unit_scale"/>
              <Option value="MM" type="QString" name="outline_width_unit"/>
              <Option value="diameter" type="QString" name="scale_method"/>
              <Option value="5.2" type="QString" name="size"/>
              <Option value="3x:0,0,0,0,0,0" type="QString" name="size_map_unit_scale"/>
              <Option value="MM" type="QString" name="size_unit"/>
              <Option value="1" type="QString" name="vertical_anchor_point"/>
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
                <Option value="" type="QString" name="name"/>
                <Option name="properties"/>
                <Option value="collection" type="QString" name="type"/>
              </Option>
            </data_defined_properties>
          </layer>
        </symbol>
      </symbols>
    </renderer-v2>
    <symbol type="marker" alpha="1" name="centerSymbol" clip_to_extent="1" force_rhr="0">
      <data_defined_properties>
        <Option type="Map">
          <Option value="" type="QString" name="name"/>
          <Option name="properties"/>
          <Option value="collection" type="QString" name="type"/>
        </Option>
      </data_defined_properties>
      <layer locked="0" class="SimpleMarker" enabled="1" pass="0">
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
              <Option type="Map" name="outlineColor">
                <Option value="true" type="bool" name="active"/>
                <Option value="if(@cluster_color IS NULL AND @map_scale > 25000, '#e0202a', '#ffffff')" type="QString" name="expression"/>
                <Option value="3" type="int" name="type"/>
              </Option>
              <Option type="Map" name="outlineWidth">
                <Option value="true" type="bool" name="active"/>
                <Option value="if(@cluster_color IS NULL AND @map_scale > 25000, 0.9, 0.5)" type="QString" name="expression"/>
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
      <layer locked="0" class="FontMarker" enabled="1" pass="0">
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
      <orderByClause asc="1" nullsFirst="0">CASE WHEN "light" = 'red' THEN 3 WHEN "light" = 'yellow' THEN 2 WHEN "light" = 'green' THEN 1 ELSE 0 END</orderByClause>
    </orderby>
  </renderer-v2>
  <labeling type="rule-based">
    <rules key="{136f7562-c465-42f6-aa65-33eadd995f7f}">
      <rule key="{d447d7f6-db25-44a8-b8d6-3126c50e4a7f}" scalemaxdenom="25000" description="pins block other labels">
        <settings calloutType="simple">
          <text-style textColor="34,34,34,255" fontSize="7.5" previewBkgrdColor="255,255,255,255" fontLetterSpacing="0" useSubstitutions="0" blendMode="0" fontSizeMapUnitScale="3x:0,0,0,0,0,0" textOpacity="1" fontWeight="50" fontSizeUnit="Point" textOrientation="horizontal" namedStyle="" fontUnderline="0" fontItalic="0" fieldName="code" isExpression="0" fontWordSpacing="0" fontFamily="Noto Sans CJK SC" capitalization="0" fontKerning="1" fontStrikeout="0" allowHtml="0" legendString="Aa" multilineHeight="1">
            <families/>
            <text-buffer bufferSizeUnits="MM" bufferBlendMode="0" bufferColor="255,255,255,255" bufferJoinStyle="128" bufferDraw="1" bufferSizeMapUnitScale="3x:0,0,0,0,0,0" bufferNoFill="1" bufferOpacity="0.84999999999999998" bufferSize="0.69999999999999996"/>
            <text-mask maskSize="1.5" maskedSymbolLayers="" maskOpacity="1" maskSizeMapUnitScale="3x:0,0,0,0,0,0" maskEnabled="0" maskJoinStyle="128" maskType="0" maskSizeUnits="MM"/>
            <background shapeDraw="0" shapeType="0" shapeSVGFile="" shapeBlendMode="0" shapeRotation="0" shapeSizeUnit="MM" shapeSizeY="0" shapeOffsetY="0" shapeRotationType="0" shapeSizeType="0" shapeOpacity="1" shapeSizeMapUnitScale="3x:0,0,0,0,0,0" shapeFillColor="255,255,255,255" shapeBorderColor="128,128,128,255" shapeOffsetUnit="MM" shapeOffsetMapUnitScale="3x:0,0,0,0,0,0" shapeSizeX="0" shapeRadiiMapUnitScale="3x:0,0,0,0,0,0" shapeRadiiY="0" shapeRadiiUnit="MM" shapeBorderWidthUnit="MM" shapeJoinStyle="64" shapeOffsetX="0" shapeRadiiX="0" shapeBorderWidth="0" shapeBorderWidthMapUnitScale="3x:0,0,0,0,0,0">
              <symbol type="fill" alpha="1" name="fillSymbol" clip_to_extent="1" force_rhr="0">
                <data_defined_properties>
                  <Option type="Map">
                    <Option value="" type="QString" name="name"/>
                    <Option name="properties"/>
                    <Option value="collection" type="QString" name="type"/>
                  </Option>
                </data_defined_properties>
                <layer locked="0" class="SimpleFill" enabled="1" pass="0">
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
            <shadow shadowRadiusUnit="MM" shadowUnder="0" shadowOffsetGlobal="1" shadowRadius="1.5" shadowOffsetMapUnitScale="3x:0,0,0,0,0,0" shadowRadiusMapUnitScale="3x:0,0,0,0,0,0" shadowOpacity="0.69999999999999996" shadowScale="100" shadowBlendMode="6" shadowOffsetAngle="135" shadowDraw="0" shadowOffsetDist="1" shadowRadiusAlphaOnly="0" shadowColor="0,0,0,255" shadowOffsetUnit="MM"/>
            <dd_properties>
              <Option type="Map">
                <Option value="" type="QString" name="name"/>
                <Option name="properties"/>
                <Option value="collection" type="QString" name="type"/>
              </Option>
            </dd_properties>
            <substitutions/>
          </text-style>
          <text-format wrapChar="" formatNumbers="0" plussign="0" reverseDirectionSymbol="0" multilineAlign="3" addDirectionSymbol="0" rightDirectionSymbol=">" placeDirectionSymbol="0" autoWrapLength="0" decimals="3" useMaxLineLengthForAutoWrap="1" leftDirectionSymbol="&lt;"/>
          <placement predefinedPositionOrder="TR,TL,BR,BL,R,L,TSR,BSR" lineAnchorType="0" lineAnchorClipping="0" placement="0" overrunDistanceUnit="MM" centroidWhole="0" repeatDistanceUnits="MM" xOffset="0" geometryGenerator="" layerType="UnknownGeometry" overrunDistanceMapUnitScale="3x:0,0,0,0,0,0" rotationAngle="0" distMapUnitScale="3x:0,0,0,0,0,0" repeatDistanceMapUnitScale="3x:0,0,0,0,0,0" quadOffset="4" yOffset="0" labelOffsetMapUnitScale="3x:0,0,0,0,0,0" centroidInside="1" lineAnchorPercent="0.5" geometryGeneratorEnabled="0" dist="1.2" maxCurvedCharAngleOut="-25" maxCurvedCharAngleIn="25" rotationUnit="AngleDegrees" offsetType="0" overrunDistance="0" distUnits="MM" repeatDistance="0" priority="10" geometryGeneratorType="PointGeometry" polygonPlacementFlags="2" offsetUnits="MM" preserveRotation="1" placementFlags="10" fitInPolygonOnly="0"/>
          <rendering mergeLines="0" drawLabels="0" unplacedVisibility="0" obstacleType="1" obstacleFactor="2" scaleMin="0" labelPerPart="0" upsidedownLabels="0" zIndex="0" minFeatureSize="0" scaleVisibility="1" scaleMax="25000" obstacle="1" fontLimitPixelSize="0" maxNumLabels="2000" fontMaxPixelSize="10000" displayAll="0" limitNumLabels="0" fontMinPixelSize="0"/>
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
              <Option value="&lt;symbol type=&quot;line&quot; alpha=&quot;1&quot; name=&quot;symbol&quot; clip_to_extent=&quot;1&quot; force_rhr=&quot;0&quot;>&lt;data_defined_properties>&lt;Option type=&quot;Map&quot;>&lt;Option value=&quot;&quot; type=&quot;QString&quot; name=&quot;name&quot;/>&lt;Option name=&quot;properties&quot;/>&lt;Option value=&quot;collection&quot; type=&quot;QString&quot; name=&quot;type&quot;/>&lt;/Option>&lt;/data_defined_properties>&lt;layer locked=&quot;0&quot; class=&quot;SimpleLine&quot; enabled=&quot;1&quot; pass=&quot;0&quot;>&lt;Option type=&quot;Map&quot;>&lt;Option value=&quot;0&quot; type=&quot;QString&quot; name=&quot;align_dash_pattern&quot;/>&lt;Option value=&quot;square&quot; type=&quot;QString&quot; name=&quot;capstyle&quot;/>&lt;Option value=&quot;5;2&quot; type=&quot;QString&quot; name=&quot;customdash&quot;/>&lt;Option value=&quot;3x:0,0,0,0,0,0&quot; type=&quot;QString&quot; name=&quot;customdash_map_unit_scale&quot;/>&lt;Option value=&quot;MM&quot; type=&quot;QString&quot; name=&quot;customdash_unit&quot;/>&lt;Option value=&quot;0&quot; type=&quot;QString&quot; name=&quot;dash_pattern_offset&quot;/>&lt;Option value=&quot;3x:0,0,0,0,0,0&quot; type=&quot;QString&quot; name=&quot;dash_pattern_offset_map_unit_scale&quot;/>&lt;Option value=&quot;MM&quot; type=&quot;QString&quot; name=&quot;dash_pattern_offset_unit&quot;/>&lt;Option value=&quot;0&quot; type=&quot;QString&quot; name=&quot;draw_inside_polygon&quot;/>&lt;Option value=&quot;bevel&quot; type=&quot;QString&quot; name=&quot;joinstyle&quot;/>&lt;Option value=&quot;60,60,60,255&quot; type=&quot;QString&quot; name=&quot;line_color&quot;/>&lt;Option value=&quot;solid&quot; type=&quot;QString&quot; name=&quot;line_style&quot;/>&lt;Option value=&quot;0.3&quot; type=&quot;QString&quot; name=&quot;line_width&quot;/>&lt;Option value=&quot;MM&quot; type=&quot;QString&quot; name=&quot;line_width_unit&quot;/>&lt;Option value=&quot;0&quot; type=&quot;QString&quot; name=&quot;offset&quot;/>&lt;Option value=&quot;3x:0,0,0,0,0,0&quot; type=&quot;QString&quot; name=&quot;offset_map_unit_scale&quot;/>&lt;Option value=&quot;MM&quot; type=&quot;QString&quot; name=&quot;offset_unit&quot;/>&lt;Option value=&quot;0&quot; type=&quot;QString&quot; name=&quot;ring_filter&quot;/>&lt;Option value=&quot;0&quot; type=&quot;QString&quot; name=&quot;trim_distance_end&quot;/>&lt;Option value=&quot;3x:0,0,0,0,0,0&quot; type=&quot;QString&quot; name=&quot;trim_distance_end_map_unit_scale&quot;/>&lt;Option value=&quot;MM&quot; type=&quot;QString&quot; name=&quot;trim_distance_end_unit&quot;/>&lt;Option value=&quot;0&quot; type=&quot;QString&quot; name=&quot;trim_distance_start&quot;/>&lt;Option value=&quot;3x:0,0,0,0,0,0&quot; type=&quot;QString&quot; name=&quot;trim_distance_start_map_unit_scale&quot;/>&lt;Option value=&quot;MM&quot; type=&quot;QString&quot; name=&quot;trim_distance_start_unit&quot;/>&lt;Option value=&quot;0&quot; type=&quot;QString&quot; name=&quot;tweak_dash_pattern_on_corners&quot;/>&lt;Option value=&quot;0&quot; type=&quot;QString&quot; name=&quot;use_custom_dash&quot;/>&lt;Option value=&quot;3x:0,0,0,0,0,0&quot; type=&quot;QString&quot; name=&quot;width_map_unit_scale&quot;/>&lt;/Option>&lt;prop k=&quot;align_dash_pattern&quot; v=&quot;0&quot;/>&lt;prop k=&quot;capstyle&quot; v=&quot;square&quot;/>&lt;prop k=&quot;customdash&quot; v=&quot;5;2&quot;/>&lt;prop k=&quot;customdash_map_unit_scale&quot; v=&quot;3x:0,0,0,0,0,0&quot;/>&lt;prop k=&quot;customdash_unit&quot; v=&quot;MM&quot;/>&lt;prop k=&quot;dash_pattern_offset&quot; v=&quot;0&quot;/>&lt;prop k=&quot;dash_pattern_offset_map_unit_scale&quot; v=&quot;3x:0,0,0,0,0,0&quot;/>&lt;prop k=&quot;dash_pattern_offset_unit&quot; v=&quot;MM&quot;/>&lt;prop k=&quot;draw_inside_polygon&quot; v=&quot;0&quot;/>&lt;prop k=&quot;joinstyle&quot; v=&quot;bevel&quot;/>&lt;prop k=&quot;line_color&quot; v=&quot;60,60,60,255&quot;/>&lt;prop k=&quot;line_style&quot; v=&quot;solid&quot;/>&lt;prop k=&quot;line_width&quot; v=&quot;0.3&quot;/>&lt;prop k=&quot;line_width_unit&quot; v=&quot;MM&quot;/>&lt;prop k=&quot;offset&quot; v=&quot;0&quot;/>&lt;prop k=&quot;offset_map_unit_scale&quot; v=&quot;3x:0,0,0,0,0,0&quot;/>&lt;prop k=&quot;offset_unit&quot; v=&quot;MM&quot;/>&lt;prop k=&quot;ring_filter&quot; v=&quot;0&quot;/>&lt;prop k=&quot;trim_distance_end&quot; v=&quot;0&quot;/>&lt;prop k=&quot;trim_distance_end_map_unit_scale&quot; v=&quot;3x:0,0,0,0,0,0&quot;/>&lt;prop k=&quot;trim_distance_end_unit&quot; v=&quot;MM&quot;/>&lt;prop k=&quot;trim_distance_start&quot; v=&quot;0&quot;/>&lt;prop k=&quot;trim_distance_start_map_unit_scale&quot; v=&quot;3x:0,0,0,0,0,0&quot;/>&lt;prop k=&quot;trim_distance_start_unit&quot; v=&quot;MM&quot;/>&lt;prop k=&quot;tweak_dash_pattern_on_corners&quot; v=&quot;0&quot;/>&lt;prop k=&quot;use_custom_dash&quot; v=&quot;0&quot;/>&lt;prop k=&quot;width_map_unit_scale&quot; v=&quot;3x:0,0,0,0,0,0&quot;/>&lt;data_defined_properties>&lt;Option type=&quot;Map&quot;>&lt;Option value=&quot;&quot; type=&quot;QString&quot; name=&quot;name&quot;/>&lt;Option name=&quot;properties&quot;/>&lt;Option value=&quot;collection&quot; type=&quot;QString&quot; name=&quot;type&quot;/>&lt;/Option>&lt;/data_defined_properties>&lt;/layer>&lt;/symbol>" type="QString" name="lineSymbol"/>
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
      <rule key="{5d8bf867-5318-4e8b-a504-1565fadc6cee}" description="case code">
        <settings calloutType="simple">
          <text-style textColor="34,34,34,255" fontSize="7.5" previewBkgrdColor="255,255,255,255" fontLetterSpacing="0" useSubstitutions="0" blendMode="0" fontSizeMapUnitScale="3x:0,0,0,0,0,0" textOpacity="1" fontWeight="50" fontSizeUnit="Point" textOrientation="horizontal" namedStyle="" fontUnderline="0" fontItalic="0" fieldName="code" isExpression="0" fontWordSpacing="0" fontFamily="Noto Sans CJK SC" capitalization="0" fontKerning="1" fontStrikeout="0" allowHtml="0" legendString="Aa" multilineHeight="1">
            <families/>
            <text-buffer bufferSizeUnits="MM" bufferBlendMode="0" bufferColor="255,255,255,255" bufferJoinStyle="128" bufferDraw="1" bufferSizeMapUnitScale="3x:0,0,0,0,0,0" bufferNoFill="1" bufferOpacity="0.84999999999999998" bufferSize="0.69999999999999996"/>
            <text-mask maskSize="1.5" maskedSymbolLayers="" maskOpacity="1" maskSizeMapUnitScale="3x:0,0,0,0,0,0" maskEnabled="0" maskJoinStyle="128" maskType="0" maskSizeUnits="MM"/>
            <background shapeDraw="0" shapeType="0" shapeSVGFile="" shapeBlendMode="0" shapeRotation="0" shapeSizeUnit="MM" shapeSizeY="0" shapeOffsetY="0" shapeRotationType="0" shapeSizeType="0" shapeOpacity="1" shapeSizeMapUnitScale="3x:0,0,0,0,0,0" shapeFillColor="255,255,255,255" shapeBorderColor="128,128,128,255" shapeOffsetUnit="MM" shapeOffsetMapUnitScale="3x:0,0,0,0,0,0" shapeSizeX="0" shapeRadiiMapUnitScale="3x:0,0,0,0,0,0" shapeRadiiY="0" shapeRadiiUnit="MM" shapeBorderWidthUnit="MM" shapeJoinStyle="64" shapeOffsetX="0" shapeRadiiX="0" shapeBorderWidth="0" shapeBorderWidthMapUnitScale="3x:0,0,0,0,0,0">
              <symbol type="fill" alpha="1" name="fillSymbol" clip_to_extent="1" force_rhr="0">
                <data_defined_properties>
                  <Option type="Map">
                    <Option value="" type="QString" name="name"/>
                    <Option name="properties"/>
                    <Option value="collection" type="QString" name="type"/>
                  </Option>
                </data_defined_properties>
                <layer locked="0" class="SimpleFill" enabled="1" pass="0">
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
            <shadow shadowRadiusUnit="MM" shadowUnder="0" shadowOffsetGlobal="1" shadowRadius="1.5" shadowOffsetMapUnitScale="3x:0,0,0,0,0,0" shadowRadiusMapUnitScale="3x:0,0,0,0,0,0" shadowOpacity="0.69999999999999996" shadowScale="100" shadowBlendMode="6" shadowOffsetAngle="135" shadowDraw="0" shadowOffsetDist="1" shadowRadiusAlphaOnly="0" shadowColor="0,0,0,255" shadowOffsetUnit="MM"/>
            <dd_properties>
              <Option type="Map">
                <Option value="" type="QString" name="name"/>
                <Option name="properties"/>
                <Option value="collection" type="QString" name="type"/>
              </Option>
            </dd_properties>
            <substitutions/>
          </text-style>
          <text-format wrapChar="" formatNumbers="0" plussign="0" reverseDirectionSymbol="0" multilineAlign="3" addDirectionSymbol="0" rightDirectionSymbol=">" placeDirectionSymbol="0" autoWrapLength="0" decimals="3" useMaxLineLengthForAutoWrap="1" leftDirectionSymbol="&lt;"/>
          <placement predefinedPositionOrder="TR,TL,BR,BL,R,L,TSR,BSR" lineAnchorType="0" lineAnchorClipping="0" placement="0" overrunDistanceUnit="MM" centroidWhole="0" repeatDistanceUnits="MM" xOffset="0" geometryGenerator="" layerType="UnknownGeometry" overrunDistanceMapUnitScale="3x:0,0,0,0,0,0" rotationAngle="0" distMapUnitScale="3x:0,0,0,0,0,0" repeatDistanceMapUnitScale="3x:0,0,0,0,0,0" quadOffset="4" yOffset="0" labelOffsetMapUnitScale="3x:0,0,0,0,0,0" centroidInside="1" lineAnchorPercent="0.5" geometryGeneratorEnabled="0" dist="1.2" maxCurvedCharAngleOut="-25" maxCurvedCharAngleIn="25" rotationUnit="AngleDegrees" offsetType="0" overrunDistance="0" distUnits="MM" repeatDistance="0" priority="10" geometryGeneratorType="PointGeometry" polygonPlacementFlags="2" offsetUnits="MM" preserveRotation="1" placementFlags="10" fitInPolygonOnly="0"/>
          <rendering mergeLines="0" drawLabels="1" unplacedVisibility="0" obstacleType="1" obstacleFactor="1" scaleMin="0" labelPerPart="0" upsidedownLabels="0" zIndex="0" minFeatureSize="0" scaleVisibility="1" scaleMax="1000" obstacle="1" fontLimitPixelSize="0" maxNumLabels="2000" fontMaxPixelSize="10000" displayAll="0" limitNumLabels="0" fontMinPixelSize="0"/>
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
              <Option value="&lt;symbol type=&quot;line&quot; alpha=&quot;1&quot; name=&quot;symbol&quot; clip_to_extent=&quot;1&quot; force_rhr=&quot;0&quot;>&lt;data_defined_properties>&lt;Option type=&quot;Map&quot;>&lt;Option value=&quot;&quot; type=&quot;QString&quot; name=&quot;name&quot;/>&lt;Option name=&quot;properties&quot;/>&lt;Option value=&quot;collection&quot; type=&quot;QString&quot; name=&quot;type&quot;/>&lt;/Option>&lt;/data_defined_properties>&lt;layer locked=&quot;0&quot; class=&quot;SimpleLine&quot; enabled=&quot;1&quot; pass=&quot;0&quot;>&lt;Option type=&quot;Map&quot;>&lt;Option value=&quot;0&quot; type=&quot;QString&quot; name=&quot;align_dash_pattern&quot;/>&lt;Option value=&quot;square&quot; type=&quot;QString&quot; name=&quot;capstyle&quot;/>&lt;Option value=&quot;5;2&quot; type=&quot;QString&quot; name=&quot;customdash&quot;/>&lt;Option value=&quot;3x:0,0,0,0,0,0&quot; type=&quot;QString&quot; name=&quot;customdash_map_unit_scale&quot;/>&lt;Option value=&quot;MM&quot; type=&quot;QString&quot; name=&quot;customdash_unit&quot;/>&lt;Option value=&quot;0&quot; type=&quot;QString&quot; name=&quot;dash_pattern_offset&quot;/>&lt;Option value=&quot;3x:0,0,0,0,0,0&quot; type=&quot;QString&quot; name=&quot;dash_pattern_offset_map_unit_scale&quot;/>&lt;Option value=&quot;MM&quot; type=&quot;QString&quot; name=&quot;dash_pattern_offset_unit&quot;/>&lt;Option value=&quot;0&quot; type=&quot;QString&quot; name=&quot;draw_inside_polygon&quot;/>&lt;Option value=&quot;bevel&quot; type=&quot;QString&quot; name=&quot;joinstyle&quot;/>&lt;Option value=&quot;60,60,60,255&quot; type=&quot;QString&quot; name=&quot;line_color&quot;/>&lt;Option value=&quot;solid&quot; type=&quot;QString&quot; name=&quot;line_style&quot;/>&lt;Option value=&quot;0.3&quot; type=&quot;QString&quot; name=&quot;line_width&quot;/>&lt;Option value=&quot;MM&quot; type=&quot;QString&quot; name=&quot;line_width_unit&quot;/>&lt;Option value=&quot;0&quot; type=&quot;QString&quot; name=&quot;offset&quot;/>&lt;Option value=&quot;3x:0,0,0,0,0,0&quot; type=&quot;QString&quot; name=&quot;offset_map_unit_scale&quot;/>&lt;Option value=&quot;MM&quot; type=&quot;QString&quot; name=&quot;offset_unit&quot;/>&lt;Option value=&quot;0&quot; type=&quot;QString&quot; name=&quot;ring_filter&quot;/>&lt;Option value=&quot;0&quot; type=&quot;QString&quot; name=&quot;trim_distance_end&quot;/>&lt;Option value=&quot;3x:0,0,0,0,0,0&quot; type=&quot;QString&quot; name=&quot;trim_distance_end_map_unit_scale&quot;/>&lt;Option value=&quot;MM&quot; type=&quot;QString&quot; name=&quot;trim_distance_end_unit&quot;/>&lt;Option value=&quot;0&quot; type=&quot;QString&quot; name=&quot;trim_distance_start&quot;/>&lt;Option value=&quot;3x:0,0,0,0,0,0&quot; type=&quot;QString&quot; name=&quot;trim_distance_start_map_unit_scale&quot;/>&lt;Option value=&quot;MM&quot; type=&quot;QString&quot; name=&quot;trim_distance_start_unit&quot;/>&lt;Option value=&quot;0&quot; type=&quot;QString&quot; name=&quot;tweak_dash_pattern_on_corners&quot;/>&lt;Option value=&quot;0&quot; type=&quot;QString&quot; name=&quot;use_custom_dash&quot;/>&lt;Option value=&quot;3x:0,0,0,0,0,0&quot; type=&quot;QString&quot; name=&quot;width_map_unit_scale&quot;/>&lt;/Option>&lt;prop k=&quot;align_dash_pattern&quot; v=&quot;0&quot;/>&lt;prop k=&quot;capstyle&quot; v=&quot;square&quot;/>&lt;prop k=&quot;customdash&quot; v=&quot;5;2&quot;/>&lt;prop k=&quot;customdash_map_unit_scale&quot; v=&quot;3x:0,0,0,0,0,0&quot;/>&lt;prop k=&quot;customdash_unit&quot; v=&quot;MM&quot;/>&lt;prop k=&quot;dash_pattern_offset&quot; v=&quot;0&quot;/>&lt;prop k=&quot;dash_pattern_offset_map_unit_scale&quot; v=&quot;3x:0,0,0,0,0,0&quot;/>&lt;prop k=&quot;dash_pattern_offset_unit&quot; v=&quot;MM&quot;/>&lt;prop k=&quot;draw_inside_polygon&quot; v=&quot;0&quot;/>&lt;prop k=&quot;joinstyle&quot; v=&quot;bevel&quot;/>&lt;prop k=&quot;line_color&quot; v=&quot;60,60,60,255&quot;/>&lt;prop k=&quot;line_style&quot; v=&quot;solid&quot;/>&lt;prop k=&quot;line_width&quot; v=&quot;0.3&quot;/>&lt;prop k=&quot;line_width_unit&quot; v=&quot;MM&quot;/>&lt;prop k=&quot;offset&quot; v=&quot;0&quot;/>&lt;prop k=&quot;offset_map_unit_scale&quot; v=&quot;3x:0,0,0,0,0,0&quot;/>&lt;prop k=&quot;offset_unit&quot; v=&quot;MM&quot;/>&lt;prop k=&quot;ring_filter&quot; v=&quot;0&quot;/>&lt;prop k=&quot;trim_distance_end&quot; v=&quot;0&quot;/>&lt;prop k=&quot;trim_distance_end_map_unit_scale&quot; v=&quot;3x:0,0,0,0,0,0&quot;/>&lt;prop k=&quot;trim_distance_end_unit&quot; v=&quot;MM&quot;/>&lt;prop k=&quot;trim_distance_start&quot; v=&quot;0&quot;/>&lt;prop k=&quot;trim_distance_start_map_unit_scale&quot; v=&quot;3x:0,0,0,0,0,0&quot;/>&lt;prop k=&quot;trim_distance_start_unit&quot; v=&quot;MM&quot;/>&lt;prop k=&quot;tweak_dash_pattern_on_corners&quot; v=&quot;0&quot;/>&lt;prop k=&quot;use_custom_dash&quot; v=&quot;0&quot;/>&lt;prop k=&quot;width_map_unit_scale&quot; v=&quot;3x:0,0,0,0,0,0&quot;/>&lt;data_defined_properties>&lt;Option type=&quot;Map&quot;>&lt;Option value=&quot;&quot; type=&quot;QString&quot; name=&quot;name&quot;/>&lt;Option name=&quot;properties&quot;/>&lt;Option value=&quot;collection&quot; type=&quot;QString&quot; name=&quot;type&quot;/>&lt;/Option>&lt;/data_defined_properties>&lt;/layer>&lt;/symbol>" type="QString" name="lineSymbol"/>
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
    <field name="warn_at" configurationFlags="None"/>
    <field name="light" configurationFlags="None"/>
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
    <alias field="warn_at" name="" index="48"/>
    <alias field="light" name="" index="49"/>
  </aliases>
  <defaults>
    <default applyOnUpdate="0" field="id" expression=""/>
    <default applyOnUpdate="0" field="code" expression=""/>
    <default applyOnUpdate="0" field="source" expression=""/>
    <default applyOnUpdate="0" field="kind" expression=""/>
    <default applyOnUpdate="0" field="class_code" expression=""/>
    <default applyOnUpdate="0" field="description" expression=""/>
    <default applyOnUpdate="0" field="address" expression=""/>
    <default applyOnUpdate="0" field="urgent" expression=""/>
    <default applyOnUpdate="0" field="component_code" expression=""/>
    <default applyOnUpdate="0" field="x" expression=""/>
    <default applyOnUpdate="0" field="y" expression=""/>
    <default applyOnUpdate="0" field="grid_code" expression=""/>
    <default applyOnUpdate="0" field="community_code" expression=""/>
    <default applyOnUpdate="0" field="street_code" expression=""/>
    <default applyOnUpdate="0" field="district_code" expression=""/>
    <default applyOnUpdate="0" field="level" expression=""/>
    <default applyOnUpdate="0" field="state" expression=""/>
    <default applyOnUpdate="0" field="reporter" expression=""/>
    <default applyOnUpdate="0" field="inspector" expression=""/>
    <default applyOnUpdate="0" field="department_code" expression=""/>
    <default applyOnUpdate="0" field="suggested_department_code" expression=""/>
    <default applyOnUpdate="0" field="last_department_code" expression=""/>
    <default applyOnUpdate="0" field="stage" expression=""/>
    <default applyOnUpdate="0" field="stage_started_at" expression=""/>
    <default applyOnUpdate="0" field="deadline" expression=""/>
    <default applyOnUpdate="0" field="paused_at" expression=""/>
    <default applyOnUpdate="0" field="postponement_until" expression=""/>
    <default applyOnUpdate="0" field="verification_result" expression=""/>
    <default applyOnUpdate="0" field="check_result" expression=""/>
    <default applyOnUpdate="0" field="close_type" expression=""/>
    <default applyOnUpdate="0" field="rework_count" expression=""/>
    <default applyOnUpdate="0" field="return_count" expression=""/>
    <default applyOnUpdate="0" field="urge_count" expression=""/>
    <default applyOnUpdate="0" field="postpone_count" expression=""/>
    <default applyOnUpdate="0" field="registered_at" expression=""/>
    <default applyOnUpdate="0" field="accepted_at" expression=""/>
    <default applyOnUpdate="0" field="accept_late" expression=""/>
    <default applyOnUpdate="0" field="filed_at" expression=""/>
    <default applyOnUpdate="0" field="verify_late" expression=""/>
    <default applyOnUpdate="0" field="dispatched_at" expression=""/>
    <default applyOnUpdate="0" field="dispatch_late" expression=""/>
    <default applyOnUpdate="0" field="handle_deadline" expression=""/>
    <default applyOnUpdate="0" field="handled_at" expression=""/>
    <default applyOnUpdate="0" field="handle_late" expression=""/>
    <default applyOnUpdate="0" field="check_late" expression=""/>
    <default applyOnUpdate="0" field="closed_at" expression=""/>
    <default applyOnUpdate="0" field="updated_at" expression=""/>
    <default applyOnUpdate="0" field="version" expression=""/>
    <default applyOnUpdate="0" field="warn_at" expression=""/>
    <default applyOnUpdate="0" field="light" expression=""/>
  </defaults>
  <constraints>
    <constraint constraints="0" notnull_strength="0" exp_strength="0" field="id" unique_strength="0"/>
    <constraint constraints="0" notnull_strength="0" exp_strength="0" field="code" unique_strength="0"/>
    <constraint constraints="0" notnull_strength="0" exp_strength="0" field="source" unique_strength="0"/>
    <constraint constraints="0" notnull_strength="0" exp_strength="0" field="kind" unique_strength="0"/>
    <constraint constraints="0" notnull_strength="0" exp_strength="0" field="class_code" unique_strength="0"/>
    <constraint constraints="0" notnull_strength="0" exp_strength="0" field="description" unique_strength="0"/>
    <constraint constraints="0" notnull_strength="0" exp_strength="0" field="address" unique_strength="0"/>
    <constraint constraints="0" notnull_strength="0" exp_strength="0" field="urgent" unique_strength="0"/>
    <constraint constraints="0" notnull_strength="0" exp_strength="0" field="component_code" unique_strength="0"/>
    <constraint constraints="0" notnull_strength="0" exp_strength="0" field="x" unique_strength="0"/>
    <constraint constraints="0" notnull_strength="0" exp_strength="0" field="y" unique_strength="0"/>
    <constraint constraints="0" notnull_strength="0" exp_strength="0" field="grid_code" unique_strength="0"/>
    <constraint constraints="0" notnull_strength="0" exp_strength="0" field="community_code" unique_strength="0"/>
    <constraint constraints="0" notnull_strength="0" exp_strength="0" field="street_code" unique_strength="0"/>
    <constraint constraints="0" notnull_strength="0" exp_strength="0" field="district_code" unique_strength="0"/>
    <constraint constraints="0" notnull_strength="0" exp_strength="0" field="level" unique_strength="0"/>
    <constraint constraints="0" notnull_strength="0" exp_strength="0" field="state" unique_strength="0"/>
    <constraint constraints="0" notnull_strength="0" exp_strength="0" field="reporter" unique_strength="0"/>
    <constraint constraints="0" notnull_strength="0" exp_strength="0" field="inspector" unique_strength="0"/>
    <constraint constraints="0" notnull_strength="0" exp_strength="0" field="department_code" unique_strength="0"/>
    <constraint constraints="0" notnull_strength="0" exp_strength="0" field="suggested_department_code" unique_strength="0"/>
    <constraint constraints="0" notnull_strength="0" exp_strength="0" field="last_department_code" unique_strength="0"/>
    <constraint constraints="0" notnull_strength="0" exp_strength="0" field="stage" unique_strength="0"/>
    <constraint constraints="0" notnull_strength="0" exp_strength="0" field="stage_started_at" unique_strength="0"/>
    <constraint constraints="0" notnull_strength="0" exp_strength="0" field="deadline" unique_strength="0"/>
    <constraint constraints="0" notnull_strength="0" exp_strength="0" field="paused_at" unique_strength="0"/>
    <constraint constraints="0" notnull_strength="0" exp_strength="0" field="postponement_until" unique_strength="0"/>
    <constraint constraints="0" notnull_strength="0" exp_strength="0" field="verification_result" unique_strength="0"/>
    <constraint constraints="0" notnull_strength="0" exp_strength="0" field="check_result" unique_strength="0"/>
    <constraint constraints="0" notnull_strength="0" exp_strength="0" field="close_type" unique_strength="0"/>
    <constraint constraints="0" notnull_strength="0" exp_strength="0" field="rework_count" unique_strength="0"/>
    <constraint constraints="0" notnull_strength="0" exp_strength="0" field="return_count" unique_strength="0"/>
    <constraint constraints="0" notnull_strength="0" exp_strength="0" field="urge_count" unique_strength="0"/>
    <constraint constraints="0" notnull_strength="0" exp_strength="0" field="postpone_count" unique_strength="0"/>
    <constraint constraints="0" notnull_strength="0" exp_strength="0" field="registered_at" unique_strength="0"/>
    <constraint constraints="0" notnull_strength="0" exp_strength="0" field="accepted_at" unique_strength="0"/>
    <constraint constraints="0" notnull_strength="0" exp_strength="0" field="accept_late" unique_strength="0"/>
    <constraint constraints="0" notnull_strength="0" exp_strength="0" field="filed_at" unique_strength="0"/>
    <constraint constraints="0" notnull_strength="0" exp_strength="0" field="verify_late" unique_strength="0"/>
    <constraint constraints="0" notnull_strength="0" exp_strength="0" field="dispatched_at" unique_strength="0"/>
    <constraint constraints="0" notnull_strength="0" exp_strength="0" field="dispatch_late" unique_strength="0"/>
    <constraint constraints="0" notnull_strength="0" exp_strength="0" field="handle_deadline" unique_strength="0"/>
    <constraint constraints="0" notnull_strength="0" exp_strength="0" field="handled_at" unique_strength="0"/>
    <constraint constraints="0" notnull_strength="0" exp_strength="0" field="handle_late" unique_strength="0"/>
    <constraint constraints="0" notnull_strength="0" exp_strength="0" field="check_late" unique_strength="0"/>
    <constraint constraints="0" notnull_strength="0" exp_strength="0" field="closed_at" unique_strength="0"/>
    <constraint constraints="0" notnull_strength="0" exp_strength="0" field="updated_at" unique_strength="0"/>
    <constraint constraints="0" notnull_strength="0" exp_strength="0" field="version" unique_strength="0"/>
    <constraint constraints="0" notnull_strength="0" exp_strength="0" field="warn_at" unique_strength="0"/>
    <constraint constraints="0" notnull_strength="0" exp_strength="0" field="light" unique_strength="0"/>
  </constraints>
  <constraintExpressions>
    <constraint field="id" desc="" exp=""/>
    <constraint field="code" desc="" exp=""/>
    <constraint field="source" desc="" exp=""/>
    <constraint field="kind" desc="" exp=""/>
    <constraint field="class_code" desc="" exp=""/>
    <constraint field="description" desc="" exp=""/>
    <constraint field="address" desc="" exp=""/>
    <constraint field="urgent" desc="" exp=""/>
    <constraint field="component_code" desc="" exp=""/>
    <constraint field="x" desc="" exp=""/>
    <constraint field="y" desc="" exp=""/>
    <constraint field="grid_code" desc="" exp=""/>
    <constraint field="community_code" desc="" exp=""/>
    <constraint field="street_code" desc="" exp=""/>
    <constraint field="district_code" desc="" exp=""/>
    <constraint field="level" desc="" exp=""/>
    <constraint field="state" desc="" exp=""/>
    <constraint field="reporter" desc="" exp=""/>
    <constraint field="inspector" desc="" exp=""/>
    <constraint field="department_code" desc="" exp=""/>
    <constraint field="suggested_department_code" desc="" exp=""/>
    <constraint field="last_department_code" desc="" exp=""/>
    <constraint field="stage" desc="" exp=""/>
    <constraint field="stage_started_at" desc="" exp=""/>
    <constraint field="deadline" desc="" exp=""/>
    <constraint field="paused_at" desc="" exp=""/>
    <constraint field="postponement_until" desc="" exp=""/>
    <constraint field="verification_result" desc="" exp=""/>
    <constraint field="check_result" desc="" exp=""/>
    <constraint field="close_type" desc="" exp=""/>
    <constraint field="rework_count" desc="" exp=""/>
    <constraint field="return_count" desc="" exp=""/>
    <constraint field="urge_count" desc="" exp=""/>
    <constraint field="postpone_count" desc="" exp=""/>
    <constraint field="registered_at" desc="" exp=""/>
    <constraint field="accepted_at" desc="" exp=""/>
    <constraint field="accept_late" desc="" exp=""/>
    <constraint field="filed_at" desc="" exp=""/>
    <constraint field="verify_late" desc="" exp=""/>
    <constraint field="dispatched_at" desc="" exp=""/>
    <constraint field="dispatch_late" desc="" exp=""/>
    <constraint field="handle_deadline" desc="" exp=""/>
    <constraint field="handled_at" desc="" exp=""/>
    <constraint field="handle_late" desc="" exp=""/>
    <constraint field="check_late" desc="" exp=""/>
    <constraint field="closed_at" desc="" exp=""/>
    <constraint field="updated_at" desc="" exp=""/>
    <constraint field="version" desc="" exp=""/>
    <constraint field="warn_at" desc="" exp=""/>
    <constraint field="light" desc="" exp=""/>
  </constraintExpressions>
  <expressionfields>
    <field typeName="string" length="8" subType="0" type="10" name="light" comment="" expression="CASE&#xa; WHEN &quot;state&quot; IN ('closed', 'rejected', 'cancelled', 'suspended') OR &quot;deadline&quot; IS NULL THEN NULL&#xa; WHEN if(@console_now_ms IS NULL, 2 * epoch(now()) - (day(to_date(now()) - to_date('1970-01-01')) * 86400 + hour(now()) * 3600 + minute(now()) * 60 + second(now())) * 1000, @console_now_ms) > epoch(&quot;deadline&quot;) THEN 'red'&#xa; WHEN if(@console_now_ms IS NULL, 2 * epoch(now()) - (day(to_date(now()) - to_date('1970-01-01')) * 86400 + hour(now()) * 3600 + minute(now()) * 60 + second(now())) * 1000, @console_now_ms) > coalesce(epoch(&quot;warn_at&quot;), 0.2 * epoch(&quot;stage_started_at&quot;) + 0.8 * epoch(&quot;deadline&quot;)) THEN 'yellow'&#xa; ELSE 'green'&#xa;END" precision="0"/>
  </expressionfields>
  <mapTip></mapTip>
  <layerGeometryType>0</layerGeometryType>
</qgis>
