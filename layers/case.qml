<!DOCTYPE qgis PUBLIC 'http://mrcc.com/qgis.dtd' 'SYSTEM'>
<qgis simplifyAlgorithm="0" styleCategories="Symbology|Labeling|Fields|MapTips|Rendering" simplifyDrawingHints="1" hasScaleBasedVisibilityFlag="0" simplifyMaxScale="1" symbologyReferenceScale="-1" minScale="100000000" version="3.22.16-Białowieża" labelsEnabled="1" simplifyLocal="1" maxScale="0" simplifyDrawingTol="1">
  <renderer-v2 tolerance="8" toleranceUnitScale="3x:0,0,0,0,0,0" type="pointCluster" toleranceUnit="MM" forceraster="0" referencescale="-1" enableorderby="1" symbollevels="0">
    <renderer-v2 type="RuleRenderer" forceraster="0" referencescale="-1" enableorderby="0" symbollevels="0">
      <rules key="{bd4e3f94-443c-4278-8137-d2260edcc1f0}">
        <rule key="{059e5db9-5a54-476b-8844-344f9c071e8f}" description="street scale: shape = stage, colour = deadline light" scalemaxdenom="25000" label="detail">
          <rule key="{9dc40f52-c07d-4ce2-a42e-d8d98d9e7fc4}" filter="&quot;state&quot; IN ('reported', 'verifying', 'adjudicating')" description="受理 (登记/核实/值班长)" label="accept">
            <rule symbol="0" key="{0d448e1a-f438-43c6-965f-e32003e3c740}" filter="&quot;light&quot; = 'red'" description="超期" label="overdue"/>
            <rule symbol="1" key="{c1d30830-79bd-4668-abfb-76a29d4990a6}" filter="&quot;light&quot; = 'yellow'" description="将到期 (>80%)" label="due soon"/>
            <rule symbol="2" key="{9ddeedae-68ff-4d72-837f-558035f57167}" filter="ELSE" description="正常" label="on time"/>
          </rule>
          <rule key="{6582b88d-a252-40e4-beb2-02dc8e1b3e6d}" filter="&quot;state&quot; IN ('filed')" description="待派遣" label="dispatch">
            <rule symbol="3" key="{5033b649-ff38-43dd-b0b0-20dd2f9dd885}" filter="&quot;light&quot; = 'red'" description="超期" label="overdue"/>
            <rule symbol="4" key="{34dedcf2-892d-4a98-bb8b-2481f8a8e263}" filter="&quot;light&quot; = 'yellow'" description="将到期 (>80%)" label="due soon"/>
            <rule symbol="5" key="{0f0e00ba-6f8a-49a1-901e-0b60fa5e8673}" filter="ELSE" description="正常" label="on time"/>
          </rule>
          <rule key="{9e950167-03af-40cd-989e-7ba8f76a51f5}" filter="&quot;state&quot; IN ('dispatched', 'handled')" description="处置/处置反馈" label="handle">
            <rule symbol="6" key="{90f42056-3262-4bab-bab7-a9ed4f2884d1}" filter="&quot;light&quot; = 'red'" description="超期" label="overdue"/>
            <rule symbol="7" key="{1d942ff4-5fda-4cdb-8516-40fb37d0bb44}" filter="&quot;light&quot; = 'yellow'" description="将到期 (>80%)" label="due soon"/>
            <rule symbol="8" key="{9e2db873-5e1c-421c-b2a5-facc7cb85f8b}" filter="ELSE" description="正常" label="on time"/>
          </rule>
          <rule key="{d40e2ee3-2cc4-4022-b57e-22a41bf86663}" filter="&quot;state&quot; IN ('checking')" description="核查" label="check">
            <rule symbol="9" key="{2c156814-71a2-48a4-b414-39d1eb470b5e}" filter="&quot;light&quot; = 'red'" description="超期" label="overdue"/>
            <rule symbol="10" key="{e778e937-eac9-4452-a8c8-f5e9fee004c2}" filter="&quot;light&quot; = 'yellow'" description="将到期 (>80%)" label="due soon"/>
            <rule symbol="11" key="{2411448b-856b-4566-ae3a-874639be4d6e}" filter="ELSE" description="正常" label="on time"/>
          </rule>
          <rule symbol="12" key="{63938b29-d61a-487a-a9bf-5226c89cb5ec}" filter="&quot;state&quot; = 'suspended'" description="挂账" label="suspended"/>
          <rule symbol="13" key="{09038c74-5872-4080-8806-7dc0616c88c7}" filter="&quot;state&quot; IN ('closed', 'rejected', 'cancelled')" description="已结案/不受理/作废" label="closed"/>
        </rule>
        <rule key="{33ad6f35-6428-456f-8069-6428e73cfd3b}" scalemindenom="25000" description="city scale: overdue red, others blue" label="overview">
          <rule symbol="14" key="{f6d3a104-0206-47cd-92b1-b9bbecacd546}" filter="&quot;light&quot; = 'red'" description="超期" label="overdue"/>
          <rule symbol="15" key="{1da10bed-4557-41d6-b17e-7f58ec0cbb16}" filter="&quot;state&quot; IN ('closed', 'rejected', 'cancelled')" description="已结案/不受理/作废" label="closed"/>
          <rule symbol="16" key="{a90f96e0-b3e9-44e8-86c5-45df166e3b75}" filter="ELSE" description="未超期" label="open"/>
        </rule>
      </rules>
      <symbols>
        <symbol name="0" type="marker" force_rhr="0" alpha="1" clip_to_extent="1">
          <data_defined_properties>
            <Option type="Map">
              <Option value="" name="name" type="QString"/>
              <Option name="properties"/>
              <Option value="collection" name="type" type="QString"/>
            </Option>
          </data_defined_properties>
          <layer class="SimpleMarker" pass="0" locked="0" enabled="1">
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
        <symbol name="1" type="marker" force_rhr="0" alpha="1" clip_to_extent="1">
          <data_defined_properties>
            <Option type="Map">
              <Option value="" name="name" type="QString"/>
              <Option name="properties"/>
              <Option value="collection" name="type" type="QString"/>
            </Option>
          </data_defined_properties>
          <layer class="SimpleMarker" pass="0" locked="0" enabled="1">
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
        <symbol name="10" type="marker" force_rhr="0" alpha="1" clip_to_extent="1">
          <data_defined_properties>
            <Option type="Map">
              <Option value="" name="name" type="QString"/>
              <Option name="properties"/>
              <Option value="collection" name="type" type="QString"/>
            </Option>
          </data_defined_properties>
          <layer class="SimpleMarker" pass="0" locked="0" enabled="1">
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
        <symbol name="11" type="marker" force_rhr="0" alpha="1" clip_to_extent="1">
          <data_defined_properties>
            <Option type="Map">
              <Option value="" name="name" type="QString"/>
              <Option name="properties"/>
              <Option value="collection" name="type" type="QString"/>
            </Option>
          </data_defined_properties>
          <layer class="SimpleMarker" pass="0" locked="0" enabled="1">
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
        <symbol name="12" type="marker" force_rhr="0" alpha="1" clip_to_extent="1">
          <data_defined_properties>
            <Option type="Map">
              <Option value="" name="name" type="QString"/>
              <Option name="properties"/>
              <Option value="collection" name="type" type="QString"/>
            </Option>
          </data_defined_properties>
          <layer class="SimpleMarker" pass="0" locked="0" enabled="1">
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
        <symbol name="13" type="marker" force_rhr="0" alpha="1" clip_to_extent="1">
          <data_defined_properties>
            <Option type="Map">
              <Option value="" name="name" type="QString"/>
              <Option name="properties"/>
              <Option value="collection" name="type" type="QString"/>
            </Option>
          </data_defined_properties>
          <layer class="SimpleMarker" pass="0" locked="0" enabled="1">
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
        <symbol name="14" type="marker" force_rhr="0" alpha="1" clip_to_extent="1">
          <data_defined_properties>
            <Option type="Map">
              <Option value="" name="name" type="QString"/>
              <Option name="properties"/>
              <Option value="collection" name="type" type="QString"/>
            </Option>
          </data_defined_properties>
          <layer class="SimpleMarker" pass="0" locked="0" enabled="1">
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
        <symbol name="15" type="marker" force_rhr="0" alpha="1" clip_to_extent="1">
          <data_defined_properties>
            <Option type="Map">
              <Option value="" name="name" type="QString"/>
              <Option name="properties"/>
              <Option value="collection" name="type" type="QString"/>
            </Option>
          </data_defined_properties>
          <layer class="SimpleMarker" pass="0" locked="0" enabled="1">
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
        <symbol name="16" type="marker" force_rhr="0" alpha="1" clip_to_extent="1">
          <data_defined_properties>
            <Option type="Map">
              <Option value="" name="name" type="QString"/>
              <Option name="properties"/>
              <Option value="collection" name="type" type="QString"/>
            </Option>
          </data_defined_properties>
          <layer class="SimpleMarker" pass="0" locked="0" enabled="1">
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
        <symbol name="2" type="marker" force_rhr="0" alpha="1" clip_to_extent="1">
          <data_defined_properties>
            <Option type="Map">
              <Option value="" name="name" type="QString"/>
              <Option name="properties"/>
              <Option value="collection" name="type" type="QString"/>
            </Option>
          </data_defined_properties>
          <layer class="SimpleMarker" pass="0" locked="0" enabled="1">
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
        <symbol name="3" type="marker" force_rhr="0" alpha="1" clip_to_extent="1">
          <data_defined_properties>
            <Option type="Map">
              <Option value="" name="name" type="QString"/>
              <Option name="properties"/>
              <Option value="collection" name="type" type="QString"/>
            </Option>
          </data_defined_properties>
          <layer class="SimpleMarker" pass="0" locked="0" enabled="1">
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
        <symbol name="4" type="marker" force_rhr="0" alpha="1" clip_to_extent="1">
          <data_defined_properties>
            <Option type="Map">
              <Option value="" name="name" type="QString"/>
              <Option name="properties"/>
              <Option value="collection" name="type" type="QString"/>
            </Option>
          </data_defined_properties>
          <layer class="SimpleMarker" pass="0" locked="0" enabled="1">
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
        <symbol name="5" type="marker" force_rhr="0" alpha="1" clip_to_extent="1">
          <data_defined_properties>
            <Option type="Map">
              <Option value="" name="name" type="QString"/>
              <Option name="properties"/>
              <Option value="collection" name="type" type="QString"/>
            </Option>
          </data_defined_properties>
          <layer class="SimpleMarker" pass="0" locked="0" enabled="1">
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
        <symbol name="6" type="marker" force_rhr="0" alpha="1" clip_to_extent="1">
          <data_defined_properties>
            <Option type="Map">
              <Option value="" name="name" type="QString"/>
              <Option name="properties"/>
              <Option value="collection" name="type" type="QString"/>
            </Option>
          </data_defined_properties>
          <layer class="SimpleMarker" pass="0" locked="0" enabled="1">
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
        <symbol name="7" type="marker" force_rhr="0" alpha="1" clip_to_extent="1">
          <data_defined_properties>
            <Option type="Map">
              <Option value="" name="name" type="QString"/>
              <Option name="properties"/>
              <Option value="collection" name="type" type="QString"/>
            </Option>
          </data_defined_properties>
          <layer class="SimpleMarker" pass="0" locked="0" enabled="1">
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
        <symbol name="8" type="marker" force_rhr="0" alpha="1" clip_to_extent="1">
          <data_defined_properties>
            <Option type="Map">
              <Option value="" name="name" type="QString"/>
              <Option name="properties"/>
              <Option value="collection" name="type" type="QString"/>
            </Option>
          </data_defined_properties>
          <layer class="SimpleMarker" pass="0" locked="0" enabled="1">
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
        <symbol name="9" type="marker" force_rhr="0" alpha="1" clip_to_extent="1">
          <data_defined_properties>
            <Option type="Map">
              <Option value="" name="name" type="QString"/>
              <Option name="properties"/>
              <Option value="collection" name="type" type="QString"/>
            </Option>
          </data_defined_properties>
          <layer class="SimpleMarker" pass="0" locked="0" enabled="1">
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
    <symbol name="centerSymbol" type="marker" force_rhr="0" alpha="1" clip_to_extent="1">
      <data_defined_properties>
        <Option type="Map">
          <Option value="" name="name" type="QString"/>
          <Option name="properties"/>
          <Option value="collection" name="type" type="QString"/>
        </Option>
      </data_defined_properties>
      <layer class="SimpleMarker" pass="0" locked="0" enabled="1">
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
      <layer class="FontMarker" pass="0" locked="0" enabled="1">
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
      <text-style textOrientation="horizontal" fontFamily="Noto Sans CJK SC" namedStyle="" fontSize="7.5" fontWordSpacing="0" fontItalic="0" textOpacity="1" legendString="Aa" capitalization="0" previewBkgrdColor="255,255,255,255" fieldName="code" useSubstitutions="0" allowHtml="0" fontWeight="50" fontKerning="1" fontLetterSpacing="0" fontSizeUnit="Point" blendMode="0" isExpression="0" multilineHeight="1" textColor="34,34,34,255" fontUnderline="0" fontSizeMapUnitScale="3x:0,0,0,0,0,0" fontStrikeout="0">
        <families/>
        <text-buffer bufferSizeMapUnitScale="3x:0,0,0,0,0,0" bufferOpacity="0.84999999999999998" bufferBlendMode="0" bufferNoFill="1" bufferJoinStyle="128" bufferSizeUnits="MM" bufferDraw="1" bufferSize="0.69999999999999996" bufferColor="255,255,255,255"/>
        <text-mask maskedSymbolLayers="" maskSizeMapUnitScale="3x:0,0,0,0,0,0" maskOpacity="1" maskEnabled="0" maskSize="1.5" maskType="0" maskJoinStyle="128" maskSizeUnits="MM"/>
        <background shapeSizeY="0" shapeOffsetMapUnitScale="3x:0,0,0,0,0,0" shapeFillColor="255,255,255,255" shapeOffsetX="0" shapeSizeMapUnitScale="3x:0,0,0,0,0,0" shapeSizeUnit="MM" shapeOpacity="1" shapeRadiiMapUnitScale="3x:0,0,0,0,0,0" shapeJoinStyle="64" shapeSVGFile="" shapeRadiiUnit="MM" shapeOffsetY="0" shapeSizeType="0" shapeBorderWidth="0" shapeBlendMode="0" shapeRotationType="0" shapeDraw="0" shapeRadiiX="0" shapeBorderWidthMapUnitScale="3x:0,0,0,0,0,0" shapeBorderWidthUnit="MM" shapeSizeX="0" shapeRadiiY="0" shapeRotation="0" shapeOffsetUnit="MM" shapeBorderColor="128,128,128,255" shapeType="0">
          <symbol name="fillSymbol" type="fill" force_rhr="0" alpha="1" clip_to_extent="1">
            <data_defined_properties>
              <Option type="Map">
                <Option value="" name="name" type="QString"/>
                <Option name="properties"/>
                <Option value="collection" name="type" type="QString"/>
              </Option>
            </data_defined_properties>
            <layer class="SimpleFill" pass="0" locked="0" enabled="1">
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
        <shadow shadowRadius="1.5" shadowOpacity="0.69999999999999996" shadowDraw="0" shadowRadiusUnit="MM" shadowRadiusAlphaOnly="0" shadowOffsetUnit="MM" shadowOffsetMapUnitScale="3x:0,0,0,0,0,0" shadowScale="100" shadowColor="0,0,0,255" shadowBlendMode="6" shadowUnder="0" shadowOffsetAngle="135" shadowOffsetDist="1" shadowOffsetGlobal="1" shadowRadiusMapUnitScale="3x:0,0,0,0,0,0"/>
        <dd_properties>
          <Option type="Map">
            <Option value="" name="name" type="QString"/>
            <Option name="properties"/>
            <Option value="collection" name="type" type="QString"/>
          </Option>
        </dd_properties>
        <substitutions/>
      </text-style>
      <text-format autoWrapLength="0" addDirectionSymbol="0" placeDirectionSymbol="0" plussign="0" rightDirectionSymbol=">" formatNumbers="0" useMaxLineLengthForAutoWrap="1" leftDirectionSymbol="&lt;" wrapChar="" multilineAlign="3" reverseDirectionSymbol="0" decimals="3"/>
      <placement rotationUnit="AngleDegrees" offsetType="0" quadOffset="4" distMapUnitScale="3x:0,0,0,0,0,0" fitInPolygonOnly="0" geometryGeneratorType="PointGeometry" priority="10" overrunDistance="0" placementFlags="10" lineAnchorPercent="0.5" lineAnchorType="0" layerType="UnknownGeometry" overrunDistanceMapUnitScale="3x:0,0,0,0,0,0" distUnits="MM" repeatDistanceMapUnitScale="3x:0,0,0,0,0,0" yOffset="0" repeatDistance="0" predefinedPositionOrder="TR,TL,BR,BL,R,L,TSR,BSR" maxCurvedCharAngleOut="-25" centroidInside="1" placement="0" xOffset="0" dist="1.2" geometryGenerator="" labelOffsetMapUnitScale="3x:0,0,0,0,0,0" rotationAngle="0" overrunDistanceUnit="MM" repeatDistanceUnits="MM" lineAnchorClipping="0" polygonPlacementFlags="2" offsetUnits="MM" preserveRotation="1" maxCurvedCharAngleIn="25" centroidWhole="0" geometryGeneratorEnabled="0"/>
      <rendering labelPerPart="0" drawLabels="1" obstacleFactor="1" fontMinPixelSize="0" upsidedownLabels="0" fontLimitPixelSize="0" displayAll="0" obstacle="1" limitNumLabels="0" scaleMin="0" scaleMax="1000" minFeatureSize="0" unplacedVisibility="0" scaleVisibility="1" obstacleType="1" fontMaxPixelSize="10000" zIndex="0" maxNumLabels="2000" mergeLines="0"/>
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
          <Option value="&lt;symbol name=&quot;symbol&quot; type=&quot;line&quot; force_rhr=&quot;0&quot; alpha=&quot;1&quot; clip_to_extent=&quot;1&quot;>&lt;data_defined_properties>&lt;Option type=&quot;Map&quot;>&lt;Option value=&quot;&quot; name=&quot;name&quot; type=&quot;QString&quot;/>&lt;Option name=&quot;properties&quot;/>&lt;Option value=&quot;collection&quot; name=&quot;type&quot; type=&quot;QString&quot;/>&lt;/Option>&lt;/data_defined_properties>&lt;layer class=&quot;SimpleLine&quot; pass=&quot;0&quot; locked=&quot;0&quot; enabled=&quot;1&quot;>&lt;Option type=&quot;Map&quot;>&lt;Option value=&quot;0&quot; name=&quot;align_dash_pattern&quot; type=&quot;QString&quot;/>&lt;Option value=&quot;square&quot; name=&quot;capstyle&quot; type=&quot;QString&quot;/>&lt;Option value=&quot;5;2&quot; name=&quot;customdash&quot; type=&quot;QString&quot;/>&lt;Option value=&quot;3x:0,0,0,0,0,0&quot; name=&quot;customdash_map_unit_scale&quot; type=&quot;QString&quot;/>&lt;Option value=&quot;MM&quot; name=&quot;customdash_unit&quot; type=&quot;QString&quot;/>&lt;Option value=&quot;0&quot; name=&quot;dash_pattern_offset&quot; type=&quot;QString&quot;/>&lt;Option value=&quot;3x:0,0,0,0,0,0&quot; name=&quot;dash_pattern_offset_map_unit_scale&quot; type=&quot;QString&quot;/>&lt;Option value=&quot;MM&quot; name=&quot;dash_pattern_offset_unit&quot; type=&quot;QString&quot;/>&lt;Option value=&quot;0&quot; name=&quot;draw_inside_polygon&quot; type=&quot;QString&quot;/>&lt;Option value=&quot;bevel&quot; name=&quot;joinstyle&quot; type=&quot;QString&quot;/>&lt;Option value=&quot;60,60,60,255&quot; name=&quot;line_color&quot; type=&quot;QString&quot;/>&lt;Option value=&quot;solid&quot; name=&quot;line_style&quot; type=&quot;QString&quot;/>&lt;Option value=&quot;0.3&quot; name=&quot;line_width&quot; type=&quot;QString&quot;/>&lt;Option value=&quot;MM&quot; name=&quot;line_width_unit&quot; type=&quot;QString&quot;/>&lt;Option value=&quot;0&quot; name=&quot;offset&quot; type=&quot;QString&quot;/>&lt;Option value=&quot;3x:0,0,0,0,0,0&quot; name=&quot;offset_map_unit_scale&quot; type=&quot;QString&quot;/>&lt;Option value=&quot;MM&quot; name=&quot;offset_unit&quot; type=&quot;QString&quot;/>&lt;Option value=&quot;0&quot; name=&quot;ring_filter&quot; type=&quot;QString&quot;/>&lt;Option value=&quot;0&quot; name=&quot;trim_distance_end&quot; type=&quot;QString&quot;/>&lt;Option value=&quot;3x:0,0,0,0,0,0&quot; name=&quot;trim_distance_end_map_unit_scale&quot; type=&quot;QString&quot;/>&lt;Option value=&quot;MM&quot; name=&quot;trim_distance_end_unit&quot; type=&quot;QString&quot;/>&lt;Option value=&quot;0&quot; name=&quot;trim_distance_start&quot; type=&quot;QString&quot;/>&lt;Option value=&quot;3x:0,0,0,0,0,0&quot; name=&quot;trim_distance_start_map_unit_scale&quot; type=&quot;QString&quot;/>&lt;Option value=&quot;MM&quot; name=&quot;trim_distance_start_unit&quot; type=&quot;QString&quot;/>&lt;Option value=&quot;0&quot; name=&quot;tweak_dash_pattern_on_corners&quot; type=&quot;QString&quot;/>&lt;Option value=&quot;0&quot; name=&quot;use_custom_dash&quot; type=&quot;QString&quot;/>&lt;Option value=&quot;3x:0,0,0,0,0,0&quot; name=&quot;width_map_unit_scale&quot; type=&quot;QString&quot;/>&lt;/Option>&lt;prop k=&quot;align_dash_pattern&quot; v=&quot;0&quot;/>&lt;prop k=&quot;capstyle&quot; v=&quot;square&quot;/>&lt;prop k=&quot;customdash&quot; v=&quot;5;2&quot;/>&lt;prop k=&quot;customdash_map_unit_scale&quot; v=&quot;3x:0,0,0,0,0,0&quot;/>&lt;prop k=&quot;customdash_unit&quot; v=&quot;MM&quot;/>&lt;prop k=&quot;dash_pattern_offset&quot; v=&quot;0&quot;/>&lt;prop k=&quot;dash_pattern_offset_map_unit_scale&quot; v=&quot;3x:0,0,0,0,0,0&quot;/>&lt;prop k=&quot;dash_pattern_offset_unit&quot; v=&quot;MM&quot;/>&lt;prop k=&quot;draw_inside_polygon&quot; v=&quot;0&quot;/>&lt;prop k=&quot;joinstyle&quot; v=&quot;bevel&quot;/>&lt;prop k=&quot;line_color&quot; v=&quot;60,60,60,255&quot;/>&lt;prop k=&quot;line_style&quot; v=&quot;solid&quot;/>&lt;prop k=&quot;line_width&quot; v=&quot;0.3&quot;/>&lt;prop k=&quot;line_width_unit&quot; v=&quot;MM&quot;/>&lt;prop k=&quot;offset&quot; v=&quot;0&quot;/>&lt;prop k=&quot;offset_map_unit_scale&quot; v=&quot;3x:0,0,0,0,0,0&quot;/>&lt;prop k=&quot;offset_unit&quot; v=&quot;MM&quot;/>&lt;prop k=&quot;ring_filter&quot; v=&quot;0&quot;/>&lt;prop k=&quot;trim_distance_end&quot; v=&quot;0&quot;/>&lt;prop k=&quot;trim_distance_end_map_unit_scale&quot; v=&quot;3x:0,0,0,0,0,0&quot;/>&lt;prop k=&quot;trim_distance_end_unit&quot; v=&quot;MM&quot;/>&lt;prop k=&quot;trim_distance_start&quot; v=&quot;0&quot;/>&lt;prop k=&quot;trim_distance_start_map_unit_scale&quot; v=&quot;3x:0,0,0,0,0,0&quot;/>&lt;prop k=&quot;trim_distance_start_unit&quot; v=&quot;MM&quot;/>&lt;prop k=&quot;tweak_dash_pattern_on_corners&quot; v=&quot;0&quot;/>&lt;prop k=&quot;use_custom_dash&quot; v=&quot;0&quot;/>&lt;prop k=&quot;width_map_unit_scale&quot; v=&quot;3x:0,0,0,0,0,0&quot;/>&lt;data_defined_properties>&lt;Option type=&quot;Map&quot;>&lt;Option value=&quot;&quot; name=&quot;name&quot; type=&quot;QString&quot;/>&lt;Option name=&quot;properties&quot;/>&lt;Option value=&quot;collection&quot; name=&quot;type&quot; type=&quot;QString&quot;/>&lt;/Option>&lt;/data_defined_properties>&lt;/layer>&lt;/symbol>" name="lineSymbol" type="QString"/>
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
    <default applyOnUpdate="0" expression="" field="id"/>
    <default applyOnUpdate="0" expression="" field="code"/>
    <default applyOnUpdate="0" expression="" field="source"/>
    <default applyOnUpdate="0" expression="" field="kind"/>
    <default applyOnUpdate="0" expression="" field="class_code"/>
    <default applyOnUpdate="0" expression="" field="description"/>
    <default applyOnUpdate="0" expression="" field="address"/>
    <default applyOnUpdate="0" expression="" field="urgent"/>
    <default applyOnUpdate="0" expression="" field="component_code"/>
    <default applyOnUpdate="0" expression="" field="x"/>
    <default applyOnUpdate="0" expression="" field="y"/>
    <default applyOnUpdate="0" expression="" field="grid_code"/>
    <default applyOnUpdate="0" expression="" field="community_code"/>
    <default applyOnUpdate="0" expression="" field="street_code"/>
    <default applyOnUpdate="0" expression="" field="district_code"/>
    <default applyOnUpdate="0" expression="" field="level"/>
    <default applyOnUpdate="0" expression="" field="state"/>
    <default applyOnUpdate="0" expression="" field="reporter"/>
    <default applyOnUpdate="0" expression="" field="inspector"/>
    <default applyOnUpdate="0" expression="" field="department_code"/>
    <default applyOnUpdate="0" expression="" field="suggested_department_code"/>
    <default applyOnUpdate="0" expression="" field="last_department_code"/>
    <default applyOnUpdate="0" expression="" field="stage"/>
    <default applyOnUpdate="0" expression="" field="stage_started_at"/>
    <default applyOnUpdate="0" expression="" field="deadline"/>
    <default applyOnUpdate="0" expression="" field="paused_at"/>
    <default applyOnUpdate="0" expression="" field="postponement_until"/>
    <default applyOnUpdate="0" expression="" field="verification_result"/>
    <default applyOnUpdate="0" expression="" field="check_result"/>
    <default applyOnUpdate="0" expression="" field="close_type"/>
    <default applyOnUpdate="0" expression="" field="rework_count"/>
    <default applyOnUpdate="0" expression="" field="return_count"/>
    <default applyOnUpdate="0" expression="" field="urge_count"/>
    <default applyOnUpdate="0" expression="" field="postpone_count"/>
    <default applyOnUpdate="0" expression="" field="registered_at"/>
    <default applyOnUpdate="0" expression="" field="accepted_at"/>
    <default applyOnUpdate="0" expression="" field="accept_late"/>
    <default applyOnUpdate="0" expression="" field="filed_at"/>
    <default applyOnUpdate="0" expression="" field="verify_late"/>
    <default applyOnUpdate="0" expression="" field="dispatched_at"/>
    <default applyOnUpdate="0" expression="" field="dispatch_late"/>
    <default applyOnUpdate="0" expression="" field="handle_deadline"/>
    <default applyOnUpdate="0" expression="" field="handled_at"/>
    <default applyOnUpdate="0" expression="" field="handle_late"/>
    <default applyOnUpdate="0" expression="" field="check_late"/>
    <default applyOnUpdate="0" expression="" field="closed_at"/>
    <default applyOnUpdate="0" expression="" field="updated_at"/>
    <default applyOnUpdate="0" expression="" field="version"/>
    <default applyOnUpdate="0" expression="" field="light"/>
  </defaults>
  <constraints>
    <constraint constraints="0" unique_strength="0" exp_strength="0" notnull_strength="0" field="id"/>
    <constraint constraints="0" unique_strength="0" exp_strength="0" notnull_strength="0" field="code"/>
    <constraint constraints="0" unique_strength="0" exp_strength="0" notnull_strength="0" field="source"/>
    <constraint constraints="0" unique_strength="0" exp_strength="0" notnull_strength="0" field="kind"/>
    <constraint constraints="0" unique_strength="0" exp_strength="0" notnull_strength="0" field="class_code"/>
    <constraint constraints="0" unique_strength="0" exp_strength="0" notnull_strength="0" field="description"/>
    <constraint constraints="0" unique_strength="0" exp_strength="0" notnull_strength="0" field="address"/>
    <constraint constraints="0" unique_strength="0" exp_strength="0" notnull_strength="0" field="urgent"/>
    <constraint constraints="0" unique_strength="0" exp_strength="0" notnull_strength="0" field="component_code"/>
    <constraint constraints="0" unique_strength="0" exp_strength="0" notnull_strength="0" field="x"/>
    <constraint constraints="0" unique_strength="0" exp_strength="0" notnull_strength="0" field="y"/>
    <constraint constraints="0" unique_strength="0" exp_strength="0" notnull_strength="0" field="grid_code"/>
    <constraint constraints="0" unique_strength="0" exp_strength="0" notnull_strength="0" field="community_code"/>
    <constraint constraints="0" unique_strength="0" exp_strength="0" notnull_strength="0" field="street_code"/>
    <constraint constraints="0" unique_strength="0" exp_strength="0" notnull_strength="0" field="district_code"/>
    <constraint constraints="0" unique_strength="0" exp_strength="0" notnull_strength="0" field="level"/>
    <constraint constraints="0" unique_strength="0" exp_strength="0" notnull_strength="0" field="state"/>
    <constraint constraints="0" unique_strength="0" exp_strength="0" notnull_strength="0" field="reporter"/>
    <constraint constraints="0" unique_strength="0" exp_strength="0" notnull_strength="0" field="inspector"/>
    <constraint constraints="0" unique_strength="0" exp_strength="0" notnull_strength="0" field="department_code"/>
    <constraint constraints="0" unique_strength="0" exp_strength="0" notnull_strength="0" field="suggested_department_code"/>
    <constraint constraints="0" unique_strength="0" exp_strength="0" notnull_strength="0" field="last_department_code"/>
    <constraint constraints="0" unique_strength="0" exp_strength="0" notnull_strength="0" field="stage"/>
    <constraint constraints="0" unique_strength="0" exp_strength="0" notnull_strength="0" field="stage_started_at"/>
    <constraint constraints="0" unique_strength="0" exp_strength="0" notnull_strength="0" field="deadline"/>
    <constraint constraints="0" unique_strength="0" exp_strength="0" notnull_strength="0" field="paused_at"/>
    <constraint constraints="0" unique_strength="0" exp_strength="0" notnull_strength="0" field="postponement_until"/>
    <constraint constraints="0" unique_strength="0" exp_strength="0" notnull_strength="0" field="verification_result"/>
    <constraint constraints="0" unique_strength="0" exp_strength="0" notnull_strength="0" field="check_result"/>
    <constraint constraints="0" unique_strength="0" exp_strength="0" notnull_strength="0" field="close_type"/>
    <constraint constraints="0" unique_strength="0" exp_strength="0" notnull_strength="0" field="rework_count"/>
    <constraint constraints="0" unique_strength="0" exp_strength="0" notnull_strength="0" field="return_count"/>
    <constraint constraints="0" unique_strength="0" exp_strength="0" notnull_strength="0" field="urge_count"/>
    <constraint constraints="0" unique_strength="0" exp_strength="0" notnull_strength="0" field="postpone_count"/>
    <constraint constraints="0" unique_strength="0" exp_strength="0" notnull_strength="0" field="registered_at"/>
    <constraint constraints="0" unique_strength="0" exp_strength="0" notnull_strength="0" field="accepted_at"/>
    <constraint constraints="0" unique_strength="0" exp_strength="0" notnull_strength="0" field="accept_late"/>
    <constraint constraints="0" unique_strength="0" exp_strength="0" notnull_strength="0" field="filed_at"/>
    <constraint constraints="0" unique_strength="0" exp_strength="0" notnull_strength="0" field="verify_late"/>
    <constraint constraints="0" unique_strength="0" exp_strength="0" notnull_strength="0" field="dispatched_at"/>
    <constraint constraints="0" unique_strength="0" exp_strength="0" notnull_strength="0" field="dispatch_late"/>
    <constraint constraints="0" unique_strength="0" exp_strength="0" notnull_strength="0" field="handle_deadline"/>
    <constraint constraints="0" unique_strength="0" exp_strength="0" notnull_strength="0" field="handled_at"/>
    <constraint constraints="0" unique_strength="0" exp_strength="0" notnull_strength="0" field="handle_late"/>
    <constraint constraints="0" unique_strength="0" exp_strength="0" notnull_strength="0" field="check_late"/>
    <constraint constraints="0" unique_strength="0" exp_strength="0" notnull_strength="0" field="closed_at"/>
    <constraint constraints="0" unique_strength="0" exp_strength="0" notnull_strength="0" field="updated_at"/>
    <constraint constraints="0" unique_strength="0" exp_strength="0" notnull_strength="0" field="version"/>
    <constraint constraints="0" unique_strength="0" exp_strength="0" notnull_strength="0" field="light"/>
  </constraints>
  <constraintExpressions>
    <constraint exp="" desc="" field="id"/>
    <constraint exp="" desc="" field="code"/>
    <constraint exp="" desc="" field="source"/>
    <constraint exp="" desc="" field="kind"/>
    <constraint exp="" desc="" field="class_code"/>
    <constraint exp="" desc="" field="description"/>
    <constraint exp="" desc="" field="address"/>
    <constraint exp="" desc="" field="urgent"/>
    <constraint exp="" desc="" field="component_code"/>
    <constraint exp="" desc="" field="x"/>
    <constraint exp="" desc="" field="y"/>
    <constraint exp="" desc="" field="grid_code"/>
    <constraint exp="" desc="" field="community_code"/>
    <constraint exp="" desc="" field="street_code"/>
    <constraint exp="" desc="" field="district_code"/>
    <constraint exp="" desc="" field="level"/>
    <constraint exp="" desc="" field="state"/>
    <constraint exp="" desc="" field="reporter"/>
    <constraint exp="" desc="" field="inspector"/>
    <constraint exp="" desc="" field="department_code"/>
    <constraint exp="" desc="" field="suggested_department_code"/>
    <constraint exp="" desc="" field="last_department_code"/>
    <constraint exp="" desc="" field="stage"/>
    <constraint exp="" desc="" field="stage_started_at"/>
    <constraint exp="" desc="" field="deadline"/>
    <constraint exp="" desc="" field="paused_at"/>
    <constraint exp="" desc="" field="postponement_until"/>
    <constraint exp="" desc="" field="verification_result"/>
    <constraint exp="" desc="" field="check_result"/>
    <constraint exp="" desc="" field="close_type"/>
    <constraint exp="" desc="" field="rework_count"/>
    <constraint exp="" desc="" field="return_count"/>
    <constraint exp="" desc="" field="urge_count"/>
    <constraint exp="" desc="" field="postpone_count"/>
    <constraint exp="" desc="" field="registered_at"/>
    <constraint exp="" desc="" field="accepted_at"/>
    <constraint exp="" desc="" field="accept_late"/>
    <constraint exp="" desc="" field="filed_at"/>
    <constraint exp="" desc="" field="verify_late"/>
    <constraint exp="" desc="" field="dispatched_at"/>
    <constraint exp="" desc="" field="dispatch_late"/>
    <constraint exp="" desc="" field="handle_deadline"/>
    <constraint exp="" desc="" field="handled_at"/>
    <constraint exp="" desc="" field="handle_late"/>
    <constraint exp="" desc="" field="check_late"/>
    <constraint exp="" desc="" field="closed_at"/>
    <constraint exp="" desc="" field="updated_at"/>
    <constraint exp="" desc="" field="version"/>
    <constraint exp="" desc="" field="light"/>
  </constraintExpressions>
  <expressionfields>
    <field name="light" subType="0" comment="" type="10" length="8" expression="CASE&#xa; WHEN &quot;state&quot; IN ('closed', 'rejected', 'cancelled', 'suspended') OR &quot;deadline&quot; IS NULL THEN NULL&#xa; WHEN if(@console_now_ms IS NULL, 2 * epoch(now()) - (day(to_date(now()) - to_date('1970-01-01')) * 86400 + hour(now()) * 3600 + minute(now()) * 60 + second(now())) * 1000, @console_now_ms) > epoch(&quot;deadline&quot;) THEN 'red'&#xa; WHEN if(@console_now_ms IS NULL, 2 * epoch(now()) - (day(to_date(now()) - to_date('1970-01-01')) * 86400 + hour(now()) * 3600 + minute(now()) * 60 + second(now())) * 1000, @console_now_ms) > 0.2 * epoch(&quot;stage_started_at&quot;) + 0.8 * epoch(&quot;deadline&quot;) THEN 'yellow'&#xa; ELSE 'green'&#xa;END" typeName="string" precision="0"/>
  </expressionfields>
  <mapTip></mapTip>
  <layerGeometryType>0</layerGeometryType>
</qgis>
