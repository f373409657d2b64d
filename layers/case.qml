<!DOCTYPE qgis PUBLIC 'http://mrcc.com/qgis.dtd' 'SYSTEM'>
<qgis hasScaleBasedVisibilityFlag="0" simplifyDrawingTol="1" version="3.22.16-Białowieża" styleCategories="Symbology|Labeling|Fields|MapTips|Rendering" labelsEnabled="1" simplifyAlgorithm="0" simplifyDrawingHints="1" maxScale="0" minScale="100000000" simplifyLocal="1" symbologyReferenceScale="-1" simplifyMaxScale="1">
  <renderer-v2 toleranceUnit="MM" symbollevels="0" forceraster="0" tolerance="4" enableorderby="1" referencescale="-1" type="pointCluster" toleranceUnitScale="3x:0,0,0,0,0,0">
    <renderer-v2 symbollevels="0" forceraster="0" enableorderby="0" referencescale="-1" type="RuleRenderer">
      <rules key="{33779952-f852-4cef-ae12-42096324d9e3}">
        <rule key="{fa574c00-8d6c-47c8-9687-b6ccb601e80d}" label="detail" description="street scale: shape = stage, colour = deadline light" scalemaxdenom="25000">
          <rule key="{94c56399-95a0-4e56-88c9-7bb04d7d18f4}" label="accept" description="受理 (登记/核实/值班长)" filter="&quot;state&quot; IN ('reported', 'verifying', 'adjudicating')">
            <rule symbol="0" key="{d34633c7-e38a-41d8-856e-7df42c085e11}" label="overdue" description="超期" filter="&quot;light&quot; = 'red'"/>
            <rule symbol="1" key="{8a84e15c-f84e-4081-af36-339a2d00117f}" label="due soon" description="将到期 (>80%)" filter="&quot;light&quot; = 'yellow'"/>
            <rule symbol="2" key="{99235ce6-a135-4501-ab90-afab050bf554}" label="on time" description="正常" filter="ELSE"/>
          </rule>
          <rule key="{3a94141f-4d04-42a1-a25f-d72b4552f4e7}" label="dispatch" description="待派遣" filter="&quot;state&quot; IN ('filed')">
            <rule symbol="3" key="{2dc3f6eb-3a97-444d-a7c8-5b622c10f370}" label="overdue" description="超期" filter="&quot;light&quot; = 'red'"/>
            <rule symbol="4" key="{27617439-b0bc-4af9-b142-8e36f86bd4ee}" label="due soon" description="将到期 (>80%)" filter="&quot;light&quot; = 'yellow'"/>
            <rule symbol="5" key="{6d31bb38-b2c3-4b0c-a43c-5b0b45032949}" label="on time" description="正常" filter="ELSE"/>
          </rule>
          <rule key="{b6c7125a-4ebb-4e9b-b9fc-fba1063511b1}" label="handle" description="处置/处置反馈" filter="&quot;state&quot; IN ('dispatched', 'handled')">
            <rule symbol="6" key="{d5d3d26c-65cf-413f-a568-dc034726cbf8}" label="overdue" description="超期" filter="&quot;light&quot; = 'red'"/>
            <rule symbol="7" key="{8342ecb6-d8cc-428f-9ac2-67d0814eb721}" label="due soon" description="将到期 (>80%)" filter="&quot;light&quot; = 'yellow'"/>
            <rule symbol="8" key="{6e3750f3-dfcc-4b2b-99a5-ee75a1debfc0}" label="on time" description="正常" filter="ELSE"/>
          </rule>
          <rule key="{f8a5170c-8fba-4ac8-8f7a-b3621cbda10d}" label="check" description="核查" filter="&quot;state&quot; IN ('checking')">
            <rule symbol="9" key="{3f3b42e8-a0cc-42af-8b28-2c8ca33e7ee4}" label="overdue" description="超期" filter="&quot;light&quot; = 'red'"/>
            <rule symbol="10" key="{b2937053-6ef6-4b5a-ace9-e947e35810ff}" label="due soon" description="将到期 (>80%)" filter="&quot;light&quot; = 'yellow'"/>
            <rule symbol="11" key="{96978b5a-c0df-4ee3-bfeb-2c27690630b1}" label="on time" description="正常" filter="ELSE"/>
          </rule>
          <rule symbol="12" key="{6c3baa04-5404-49fe-a8cd-39f90a2b6e66}" label="suspended" description="挂账" filter="&quot;state&quot; = 'suspended'"/>
          <rule symbol="13" key="{f9f023ec-e3fb-456d-8d2c-b5b9f87282cd}" label="closed" description="已结案/不受理/作废" filter="&quot;state&quot; IN ('closed', 'rejected', 'cancelled')"/>
        </rule>
        <rule key="{20846fe5-f64d-4574-97a8-ecb314bb7ed3}" label="overview" scalemindenom="25000" description="city scale: overdue red, others blue">
          <rule symbol="14" key="{1755b209-6462-48c4-a6a1-fc2928aafb80}" label="overdue" description="超期" filter="&quot;light&quot; = 'red'"/>
          <rule symbol="15" key="{cf73e4d7-65d7-4c3c-975a-16160395ef50}" label="closed" description="已结案/不受理/作废" filter="&quot;state&quot; IN ('closed', 'rejected', 'cancelled')"/>
          <rule symbol="16" key="{227d59cd-ee0c-40ef-8452-82ca1bb9602f}" label="open" description="未超期" filter="ELSE"/>
        </rule>
      </rules>
      <symbols>
        <symbol alpha="1" name="0" force_rhr="0" clip_to_extent="1" type="marker">
          <data_defined_properties>
            <Option type="Map">
              <Option value="" name="name" type="QString"/>
              <Option name="properties"/>
              <Option value="collection" name="type" type="QString"/>
            </Option>
          </data_defined_properties>
          <layer locked="0" pass="0" class="SimpleMarker" enabled="1">
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
        <symbol alpha="1" name="1" force_rhr="0" clip_to_extent="1" type="marker">
          <data_defined_properties>
            <Option type="Map">
              <Option value="" name="name" type="QString"/>
              <Option name="properties"/>
              <Option value="collection" name="type" type="QString"/>
            </Option>
          </data_defined_properties>
          <layer locked="0" pass="0" class="SimpleMarker" enabled="1">
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
        <symbol alpha="1" name="10" force_rhr="0" clip_to_extent="1" type="marker">
          <data_defined_properties>
            <Option type="Map">
              <Option value="" name="name" type="QString"/>
              <Option name="properties"/>
              <Option value="collection" name="type" type="QString"/>
            </Option>
          </data_defined_properties>
          <layer locked="0" pass="0" class="SimpleMarker" enabled="1">
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
        <symbol alpha="1" name="11" force_rhr="0" clip_to_extent="1" type="marker">
          <data_defined_properties>
            <Option type="Map">
              <Option value="" name="name" type="QString"/>
              <Option name="properties"/>
              <Option value="collection" name="type" type="QString"/>
            </Option>
          </data_defined_properties>
          <layer locked="0" pass="0" class="SimpleMarker" enabled="1">
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
        <symbol alpha="1" name="12" force_rhr="0" clip_to_extent="1" type="marker">
          <data_defined_properties>
            <Option type="Map">
              <Option value="" name="name" type="QString"/>
              <Option name="properties"/>
              <Option value="collection" name="type" type="QString"/>
            </Option>
          </data_defined_properties>
          <layer locked="0" pass="0" class="SimpleMarker" enabled="1">
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
        <symbol alpha="1" name="13" force_rhr="0" clip_to_extent="1" type="marker">
          <data_defined_properties>
            <Option type="Map">
              <Option value="" name="name" type="QString"/>
              <Option name="properties"/>
              <Option value="collection" name="type" type="QString"/>
            </Option>
          </data_defined_properties>
          <layer locked="0" pass="0" class="SimpleMarker" enabled="1">
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
        <symbol alpha="1" name="14" force_rhr="0" clip_to_extent="1" type="marker">
          <data_defined_properties>
            <Option type="Map">
              <Option value="" name="name" type="QString"/>
              <Option name="properties"/>
              <Option value="collection" name="type" type="QString"/>
            </Option>
          </data_defined_properties>
          <layer locked="0" pass="0" class="SimpleMarker" enabled="1">
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
        <symbol alpha="1" name="15" force_rhr="0" clip_to_extent="1" type="marker">
          <data_defined_properties>
            <Option type="Map">
              <Option value="" name="name" type="QString"/>
              <Option name="properties"/>
              <Option value="collection" name="type" type="QString"/>
            </Option>
          </data_defined_properties>
          <layer locked="0" pass="0" class="SimpleMarker" enabled="1">
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
        <symbol alpha="1" name="16" force_rhr="0" clip_to_extent="1" type="marker">
          <data_defined_properties>
            <Option type="Map">
              <Option value="" name="name" type="QString"/>
              <Option name="properties"/>
              <Option value="collection" name="type" type="QString"/>
            </Option>
          </data_defined_properties>
          <layer locked="0" pass="0" class="SimpleMarker" enabled="1">
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
        <symbol alpha="1" name="2" force_rhr="0" clip_to_extent="1" type="marker">
          <data_defined_properties>
            <Option type="Map">
              <Option value="" name="name" type="QString"/>
              <Option name="properties"/>
              <Option value="collection" name="type" type="QString"/>
            </Option>
          </data_defined_properties>
          <layer locked="0" pass="0" class="SimpleMarker" enabled="1">
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
        <symbol alpha="1" name="3" force_rhr="0" clip_to_extent="1" type="marker">
          <data_defined_properties>
            <Option type="Map">
              <Option value="" name="name" type="QString"/>
              <Option name="properties"/>
              <Option value="collection" name="type" type="QString"/>
            </Option>
          </data_defined_properties>
          <layer locked="0" pass="0" class="SimpleMarker" enabled="1">
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
        <symbol alpha="1" name="4" force_rhr="0" clip_to_extent="1" type="marker">
          <data_defined_properties>
            <Option type="Map">
              <Option value="" name="name" type="QString"/>
              <Option name="properties"/>
              <Option value="collection" name="type" type="QString"/>
            </Option>
          </data_defined_properties>
          <layer locked="0" pass="0" class="SimpleMarker" enabled="1">
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
        <symbol alpha="1" name="5" force_rhr="0" clip_to_extent="1" type="marker">
          <data_defined_properties>
            <Option type="Map">
              <Option value="" name="name" type="QString"/>
              <Option name="properties"/>
              <Option value="collection" name="type" type="QString"/>
            </Option>
          </data_defined_properties>
          <layer locked="0" pass="0" class="SimpleMarker" enabled="1">
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
        <symbol alpha="1" name="6" force_rhr="0" clip_to_extent="1" type="marker">
          <data_defined_properties>
            <Option type="Map">
              <Option value="" name="name" type="QString"/>
              <Option name="properties"/>
              <Option value="collection" name="type" type="QString"/>
            </Option>
          </data_defined_properties>
          <layer locked="0" pass="0" class="SimpleMarker" enabled="1">
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
        <symbol alpha="1" name="7" force_rhr="0" clip_to_extent="1" type="marker">
          <data_defined_properties>
            <Option type="Map">
              <Option value="" name="name" type="QString"/>
              <Option name="properties"/>
              <Option value="collection" name="type" type="QString"/>
            </Option>
          </data_defined_properties>
          <layer locked="0" pass="0" class="SimpleMarker" enabled="1">
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
        <symbol alpha="1" name="8" force_rhr="0" clip_to_extent="1" type="marker">
          <data_defined_properties>
            <Option type="Map">
              <Option value="" name="name" type="QString"/>
              <Option name="properties"/>
              <Option value="collection" name="type" type="QString"/>
            </Option>
          </data_defined_properties>
          <layer locked="0" pass="0" class="SimpleMarker" enabled="1">
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
        <symbol alpha="1" name="9" force_rhr="0" clip_to_extent="1" type="marker">
          <data_defined_properties>
            <Option type="Map">
              <Option value="" name="name" type="QString"/>
              <Option name="properties"/>
              <Option value="collection" name="type" type="QString"/>
            </Option>
          </data_defined_properties>
          <layer locked="0" pass="0" class="SimpleMarker" enabled="1">
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
    <symbol alpha="1" name="centerSymbol" force_rhr="0" clip_to_extent="1" type="marker">
      <data_defined_properties>
        <Option type="Map">
          <Option value="" name="name" type="QString"/>
          <Option name="properties"/>
          <Option value="collection" name="type" type="QString"/>
        </Option>
      </data_defined_properties>
      <layer locked="0" pass="0" class="SimpleMarker" enabled="1">
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
      <layer locked="0" pass="0" class="FontMarker" enabled="1">
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
  <labeling type="simple">
    <settings calloutType="simple">
      <text-style multilineHeight="1" allowHtml="0" legendString="Aa" fontSizeMapUnitScale="3x:0,0,0,0,0,0" fontLetterSpacing="0" textColor="34,34,34,255" fontWeight="50" blendMode="0" textOpacity="1" previewBkgrdColor="255,255,255,255" useSubstitutions="0" isExpression="0" fontItalic="0" fontWordSpacing="0" fontStrikeout="0" fontUnderline="0" fontKerning="1" fontSize="7.5" textOrientation="horizontal" capitalization="0" fontFamily="Noto Sans CJK SC" fontSizeUnit="Point" namedStyle="" fieldName="code">
        <families/>
        <text-buffer bufferSizeUnits="MM" bufferNoFill="1" bufferSize="0.69999999999999996" bufferBlendMode="0" bufferDraw="1" bufferColor="255,255,255,255" bufferOpacity="0.84999999999999998" bufferJoinStyle="128" bufferSizeMapUnitScale="3x:0,0,0,0,0,0"/>
        <text-mask maskSize="1.5" maskOpacity="1" maskEnabled="0" maskType="0" maskedSymbolLayers="" maskSizeUnits="MM" maskJoinStyle="128" maskSizeMapUnitScale="3x:0,0,0,0,0,0"/>
        <background shapeOffsetY="0" shapeOffsetMapUnitScale="3x:0,0,0,0,0,0" shapeSVGFile="" shapeRadiiX="0" shapeSizeX="0" shapeSizeType="0" shapeType="0" shapeOffsetX="0" shapeRotationType="0" shapeSizeUnit="MM" shapeRadiiMapUnitScale="3x:0,0,0,0,0,0" shapeJoinStyle="64" shapeOffsetUnit="MM" shapeBorderColor="128,128,128,255" shapeBorderWidthMapUnitScale="3x:0,0,0,0,0,0" shapeRadiiY="0" shapeSizeMapUnitScale="3x:0,0,0,0,0,0" shapeBorderWidthUnit="MM" shapeRotation="0" shapeBlendMode="0" shapeOpacity="1" shapeRadiiUnit="MM" shapeDraw="0" shapeSizeY="0" shapeBorderWidth="0" shapeFillColor="255,255,255,255">
          <symbol alpha="1" name="fillSymbol" force_rhr="0" clip_to_extent="1" type="fill">
            <data_defined_properties>
              <Option type="Map">
                <Option value="" name="name" type="QString"/>
                <Option name="properties"/>
                <Option value="collection" name="type" type="QString"/>
              </Option>
            </data_defined_properties>
            <layer locked="0" pass="0" class="SimpleFill" enabled="1">
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
        <shadow shadowRadiusAlphaOnly="0" shadowColor="0,0,0,255" shadowScale="100" shadowOffsetGlobal="1" shadowOffsetDist="1" shadowDraw="0" shadowOffsetMapUnitScale="3x:0,0,0,0,0,0" shadowRadiusUnit="MM" shadowOpacity="0.69999999999999996" shadowOffsetUnit="MM" shadowRadius="1.5" shadowRadiusMapUnitScale="3x:0,0,0,0,0,0" shadowOffsetAngle="135" shadowBlendMode="6" shadowUnder="0"/>
        <dd_properties>
          <Option type="Map">
            <Option value="" name="name" type="QString"/>
            <Option name="properties"/>
            <Option value="collection" name="type" type="QString"/>
          </Option>
        </dd_properties>
        <substitutions/>
      </text-style>
      <text-format formatNumbers="0" decimals="3" wrapChar="" leftDirectionSymbol="&lt;" rightDirectionSymbol=">" plussign="0" useMaxLineLengthForAutoWrap="1" reverseDirectionSymbol="0" autoWrapLength="0" addDirectionSymbol="0" placeDirectionSymbol="0" multilineAlign="3"/>
      <placement maxCurvedCharAngleIn="25" priority="10" geometryGeneratorType="PointGeometry" polygonPlacementFlags="2" centroidInside="1" repeatDistanceMapUnitScale="3x:0,0,0,0,0,0" preserveRotation="1" maxCurvedCharAngleOut="-25" lineAnchorType="0" centroidWhole="0" yOffset="0" quadOffset="4" xOffset="0" repeatDistanceUnits="MM" placement="0" fitInPolygonOnly="0" overrunDistance="0" layerType="UnknownGeometry" geometryGeneratorEnabled="0" placementFlags="10" overrunDistanceUnit="MM" dist="1.2" repeatDistance="0" lineAnchorClipping="0" overrunDistanceMapUnitScale="3x:0,0,0,0,0,0" distMapUnitScale="3x:0,0,0,0,0,0" predefinedPositionOrder="TR,TL,BR,BL,R,L,TSR,BSR" lineAnchorPercent="0.5" rotationUnit="AngleDegrees" offsetType="0" distUnits="MM" rotationAngle="0" offsetUnits="MM" geometryGenerator="" labelOffsetMapUnitScale="3x:0,0,0,0,0,0"/>
      <rendering zIndex="0" fontMaxPixelSize="10000" obstacleType="1" unplacedVisibility="0" scaleVisibility="1" obstacleFactor="1" maxNumLabels="2000" fontMinPixelSize="0" scaleMax="2500" obstacle="1" drawLabels="1" limitNumLabels="0" mergeLines="0" displayAll="0" fontLimitPixelSize="0" minFeatureSize="0" labelPerPart="0" scaleMin="0" upsidedownLabels="0"/>
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
          <Option value="&lt;symbol alpha=&quot;1&quot; name=&quot;symbol&quot; force_rhr=&quot;0&quot; clip_to_extent=&quot;1&quot; type=&quot;line&quot;>&lt;data_defined_properties>&lt;Option type=&quot;Map&quot;>&lt;Option value=&quot;&quot; name=&quot;name&quot; type=&quot;QString&quot;/>&lt;Option name=&quot;properties&quot;/>&lt;Option value=&quot;collection&quot; name=&quot;type&quot; type=&quot;QString&quot;/>&lt;/Option>&lt;/data_defined_properties>&lt;layer locked=&quot;0&quot; pass=&quot;0&quot; class=&quot;SimpleLine&quot; enabled=&quot;1&quot;>&lt;Option type=&quot;Map&quot;>&lt;Option value=&quot;0&quot; name=&quot;align_dash_pattern&quot; type=&quot;QString&quot;/>&lt;Option value=&quot;square&quot; name=&quot;capstyle&quot; type=&quot;QString&quot;/>&lt;Option value=&quot;5;2&quot; name=&quot;customdash&quot; type=&quot;QString&quot;/>&lt;Option value=&quot;3x:0,0,0,0,0,0&quot; name=&quot;customdash_map_unit_scale&quot; type=&quot;QString&quot;/>&lt;Option value=&quot;MM&quot; name=&quot;customdash_unit&quot; type=&quot;QString&quot;/>&lt;Option value=&quot;0&quot; name=&quot;dash_pattern_offset&quot; type=&quot;QString&quot;/>&lt;Option value=&quot;3x:0,0,0,0,0,0&quot; name=&quot;dash_pattern_offset_map_unit_scale&quot; type=&quot;QString&quot;/>&lt;Option value=&quot;MM&quot; name=&quot;dash_pattern_offset_unit&quot; type=&quot;QString&quot;/>&lt;Option value=&quot;0&quot; name=&quot;draw_inside_polygon&quot; type=&quot;QString&quot;/>&lt;Option value=&quot;bevel&quot; name=&quot;joinstyle&quot; type=&quot;QString&quot;/>&lt;Option value=&quot;60,60,60,255&quot; name=&quot;line_color&quot; type=&quot;QString&quot;/>&lt;Option value=&quot;solid&quot; name=&quot;line_style&quot; type=&quot;QString&quot;/>&lt;Option value=&quot;0.3&quot; name=&quot;line_width&quot; type=&quot;QString&quot;/>&lt;Option value=&quot;MM&quot; name=&quot;line_width_unit&quot; type=&quot;QString&quot;/>&lt;Option value=&quot;0&quot; name=&quot;offset&quot; type=&quot;QString&quot;/>&lt;Option value=&quot;3x:0,0,0,0,0,0&quot; name=&quot;offset_map_unit_scale&quot; type=&quot;QString&quot;/>&lt;Option value=&quot;MM&quot; name=&quot;offset_unit&quot; type=&quot;QString&quot;/>&lt;Option value=&quot;0&quot; name=&quot;ring_filter&quot; type=&quot;QString&quot;/>&lt;Option value=&quot;0&quot; name=&quot;trim_distance_end&quot; type=&quot;QString&quot;/>&lt;Option value=&quot;3x:0,0,0,0,0,0&quot; name=&quot;trim_distance_end_map_unit_scale&quot; type=&quot;QString&quot;/>&lt;Option value=&quot;MM&quot; name=&quot;trim_distance_end_unit&quot; type=&quot;QString&quot;/>&lt;Option value=&quot;0&quot; name=&quot;trim_distance_start&quot; type=&quot;QString&quot;/>&lt;Option value=&quot;3x:0,0,0,0,0,0&quot; name=&quot;trim_distance_start_map_unit_scale&quot; type=&quot;QString&quot;/>&lt;Option value=&quot;MM&quot; name=&quot;trim_distance_start_unit&quot; type=&quot;QString&quot;/>&lt;Option value=&quot;0&quot; name=&quot;tweak_dash_pattern_on_corners&quot; type=&quot;QString&quot;/>&lt;Option value=&quot;0&quot; name=&quot;use_custom_dash&quot; type=&quot;QString&quot;/>&lt;Option value=&quot;3x:0,0,0,0,0,0&quot; name=&quot;width_map_unit_scale&quot; type=&quot;QString&quot;/>&lt;/Option>&lt;prop k=&quot;align_dash_pattern&quot; v=&quot;0&quot;/>&lt;prop k=&quot;capstyle&quot; v=&quot;square&quot;/>&lt;prop k=&quot;customdash&quot; v=&quot;5;2&quot;/>&lt;prop k=&quot;customdash_map_unit_scale&quot; v=&quot;3x:0,0,0,0,0,0&quot;/>&lt;prop k=&quot;customdash_unit&quot; v=&quot;MM&quot;/>&lt;prop k=&quot;dash_pattern_offset&quot; v=&quot;0&quot;/>&lt;prop k=&quot;dash_pattern_offset_map_unit_scale&quot; v=&quot;3x:0,0,0,0,0,0&quot;/>&lt;prop k=&quot;dash_pattern_offset_unit&quot; v=&quot;MM&quot;/>&lt;prop k=&quot;draw_inside_polygon&quot; v=&quot;0&quot;/>&lt;prop k=&quot;joinstyle&quot; v=&quot;bevel&quot;/>&lt;prop k=&quot;line_color&quot; v=&quot;60,60,60,255&quot;/>&lt;prop k=&quot;line_style&quot; v=&quot;solid&quot;/>&lt;prop k=&quot;line_width&quot; v=&quot;0.3&quot;/>&lt;prop k=&quot;line_width_unit&quot; v=&quot;MM&quot;/>&lt;prop k=&quot;offset&quot; v=&quot;0&quot;/>&lt;prop k=&quot;offset_map_unit_scale&quot; v=&quot;3x:0,0,0,0,0,0&quot;/>&lt;prop k=&quot;offset_unit&quot; v=&quot;MM&quot;/>&lt;prop k=&quot;ring_filter&quot; v=&quot;0&quot;/>&lt;prop k=&quot;trim_distance_end&quot; v=&quot;0&quot;/>&lt;prop k=&quot;trim_distance_end_map_unit_scale&quot; v=&quot;3x:0,0,0,0,0,0&quot;/>&lt;prop k=&quot;trim_distance_end_unit&quot; v=&quot;MM&quot;/>&lt;prop k=&quot;trim_distance_start&quot; v=&quot;0&quot;/>&lt;prop k=&quot;trim_distance_start_map_unit_scale&quot; v=&quot;3x:0,0,0,0,0,0&quot;/>&lt;prop k=&quot;trim_distance_start_unit&quot; v=&quot;MM&quot;/>&lt;prop k=&quot;tweak_dash_pattern_on_corners&quot; v=&quot;0&quot;/>&lt;prop k=&quot;use_custom_dash&quot; v=&quot;0&quot;/>&lt;prop k=&quot;width_map_unit_scale&quot; v=&quot;3x:0,0,0,0,0,0&quot;/>&lt;data_defined_properties>&lt;Option type=&quot;Map&quot;>&lt;Option value=&quot;&quot; name=&quot;name&quot; type=&quot;QString&quot;/>&lt;Option name=&quot;properties&quot;/>&lt;Option value=&quot;collection&quot; name=&quot;type&quot; type=&quot;QString&quot;/>&lt;/Option>&lt;/data_defined_properties>&lt;/layer>&lt;/symbol>" name="lineSymbol" type="QString"/>
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
    <constraint field="id" unique_strength="0" constraints="0" exp_strength="0" notnull_strength="0"/>
    <constraint field="code" unique_strength="0" constraints="0" exp_strength="0" notnull_strength="0"/>
    <constraint field="source" unique_strength="0" constraints="0" exp_strength="0" notnull_strength="0"/>
    <constraint field="kind" unique_strength="0" constraints="0" exp_strength="0" notnull_strength="0"/>
    <constraint field="class_code" unique_strength="0" constraints="0" exp_strength="0" notnull_strength="0"/>
    <constraint field="description" unique_strength="0" constraints="0" exp_strength="0" notnull_strength="0"/>
    <constraint field="address" unique_strength="0" constraints="0" exp_strength="0" notnull_strength="0"/>
    <constraint field="urgent" unique_strength="0" constraints="0" exp_strength="0" notnull_strength="0"/>
    <constraint field="component_code" unique_strength="0" constraints="0" exp_strength="0" notnull_strength="0"/>
    <constraint field="x" unique_strength="0" constraints="0" exp_strength="0" notnull_strength="0"/>
    <constraint field="y" unique_strength="0" constraints="0" exp_strength="0" notnull_strength="0"/>
    <constraint field="grid_code" unique_strength="0" constraints="0" exp_strength="0" notnull_strength="0"/>
    <constraint field="community_code" unique_strength="0" constraints="0" exp_strength="0" notnull_strength="0"/>
    <constraint field="street_code" unique_strength="0" constraints="0" exp_strength="0" notnull_strength="0"/>
    <constraint field="district_code" unique_strength="0" constraints="0" exp_strength="0" notnull_strength="0"/>
    <constraint field="level" unique_strength="0" constraints="0" exp_strength="0" notnull_strength="0"/>
    <constraint field="state" unique_strength="0" constraints="0" exp_strength="0" notnull_strength="0"/>
    <constraint field="reporter" unique_strength="0" constraints="0" exp_strength="0" notnull_strength="0"/>
    <constraint field="inspector" unique_strength="0" constraints="0" exp_strength="0" notnull_strength="0"/>
    <constraint field="department_code" unique_strength="0" constraints="0" exp_strength="0" notnull_strength="0"/>
    <constraint field="suggested_department_code" unique_strength="0" constraints="0" exp_strength="0" notnull_strength="0"/>
    <constraint field="last_department_code" unique_strength="0" constraints="0" exp_strength="0" notnull_strength="0"/>
    <constraint field="stage" unique_strength="0" constraints="0" exp_strength="0" notnull_strength="0"/>
    <constraint field="stage_started_at" unique_strength="0" constraints="0" exp_strength="0" notnull_strength="0"/>
    <constraint field="deadline" unique_strength="0" constraints="0" exp_strength="0" notnull_strength="0"/>
    <constraint field="paused_at" unique_strength="0" constraints="0" exp_strength="0" notnull_strength="0"/>
    <constraint field="postponement_until" unique_strength="0" constraints="0" exp_strength="0" notnull_strength="0"/>
    <constraint field="verification_result" unique_strength="0" constraints="0" exp_strength="0" notnull_strength="0"/>
    <constraint field="check_result" unique_strength="0" constraints="0" exp_strength="0" notnull_strength="0"/>
    <constraint field="close_type" unique_strength="0" constraints="0" exp_strength="0" notnull_strength="0"/>
    <constraint field="rework_count" unique_strength="0" constraints="0" exp_strength="0" notnull_strength="0"/>
    <constraint field="return_count" unique_strength="0" constraints="0" exp_strength="0" notnull_strength="0"/>
    <constraint field="urge_count" unique_strength="0" constraints="0" exp_strength="0" notnull_strength="0"/>
    <constraint field="postpone_count" unique_strength="0" constraints="0" exp_strength="0" notnull_strength="0"/>
    <constraint field="registered_at" unique_strength="0" constraints="0" exp_strength="0" notnull_strength="0"/>
    <constraint field="accepted_at" unique_strength="0" constraints="0" exp_strength="0" notnull_strength="0"/>
    <constraint field="accept_late" unique_strength="0" constraints="0" exp_strength="0" notnull_strength="0"/>
    <constraint field="filed_at" unique_strength="0" constraints="0" exp_strength="0" notnull_strength="0"/>
    <constraint field="verify_late" unique_strength="0" constraints="0" exp_strength="0" notnull_strength="0"/>
    <constraint field="dispatched_at" unique_strength="0" constraints="0" exp_strength="0" notnull_strength="0"/>
    <constraint field="dispatch_late" unique_strength="0" constraints="0" exp_strength="0" notnull_strength="0"/>
    <constraint field="handle_deadline" unique_strength="0" constraints="0" exp_strength="0" notnull_strength="0"/>
    <constraint field="handled_at" unique_strength="0" constraints="0" exp_strength="0" notnull_strength="0"/>
    <constraint field="handle_late" unique_strength="0" constraints="0" exp_strength="0" notnull_strength="0"/>
    <constraint field="check_late" unique_strength="0" constraints="0" exp_strength="0" notnull_strength="0"/>
    <constraint field="closed_at" unique_strength="0" constraints="0" exp_strength="0" notnull_strength="0"/>
    <constraint field="updated_at" unique_strength="0" constraints="0" exp_strength="0" notnull_strength="0"/>
    <constraint field="version" unique_strength="0" constraints="0" exp_strength="0" notnull_strength="0"/>
    <constraint field="light" unique_strength="0" constraints="0" exp_strength="0" notnull_strength="0"/>
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
    <field name="light" comment="" subType="0" typeName="string" expression="CASE&#xa; WHEN &quot;state&quot; IN ('closed', 'rejected', 'cancelled', 'suspended') OR &quot;deadline&quot; IS NULL THEN NULL&#xa; WHEN if(@console_now_ms IS NULL, 2 * epoch(now()) - (day(to_date(now()) - to_date('1970-01-01')) * 86400 + hour(now()) * 3600 + minute(now()) * 60 + second(now())) * 1000, @console_now_ms) > epoch(&quot;deadline&quot;) THEN 'red'&#xa; WHEN if(@console_now_ms IS NULL, 2 * epoch(now()) - (day(to_date(now()) - to_date('1970-01-01')) * 86400 + hour(now()) * 3600 + minute(now()) * 60 + second(now())) * 1000, @console_now_ms) > 0.2 * epoch(&quot;stage_started_at&quot;) + 0.8 * epoch(&quot;deadline&quot;) THEN 'yellow'&#xa; ELSE 'green'&#xa;END" length="8" precision="0" type="10"/>
  </expressionfields>
  <mapTip></mapTip>
  <layerGeometryType>0</layerGeometryType>
</qgis>
