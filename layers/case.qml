<!DOCTYPE qgis PUBLIC 'http://mrcc.com/qgis.dtd' 'SYSTEM'>
<qgis simplifyAlgorithm="0" version="3.22.16-Białowieża" simplifyDrawingTol="1" simplifyLocal="1" symbologyReferenceScale="-1" labelsEnabled="1" hasScaleBasedVisibilityFlag="0" minScale="100000000" styleCategories="Symbology|Labeling|Fields|MapTips|Rendering" simplifyMaxScale="1" maxScale="0" simplifyDrawingHints="1">
  <renderer-v2 symbollevels="0" type="pointCluster" tolerance="4" referencescale="-1" toleranceUnit="MM" forceraster="0" toleranceUnitScale="3x:0,0,0,0,0,0" enableorderby="1">
    <renderer-v2 symbollevels="0" type="RuleRenderer" referencescale="-1" forceraster="0" enableorderby="0">
      <rules key="{1fada913-fc93-457a-998e-d34acaae0ed8}">
        <rule label="detail" scalemaxdenom="25000" description="street scale: shape = stage, colour = deadline light" key="{614f85e8-b34f-454f-8d6f-acfcd3b21e3e}">
          <rule label="accept" description="受理 (登记/核实/值班长)" filter="&quot;state&quot; IN ('reported', 'verifying', 'adjudicating')" key="{876381ab-c9cb-488e-87a3-35e00bc6ffc5}">
            <rule label="overdue" symbol="0" description="超期" filter="&quot;light&quot; = 'red'" key="{6485c564-1979-413e-a434-9a26f469a928}"/>
            <rule label="due soon" symbol="1" description="将到期 (>80%)" filter="&quot;light&quot; = 'yellow'" key="{ddc97673-a926-41f4-9343-1151ca94f3f2}"/>
            <rule label="on time" symbol="2" description="正常" filter="ELSE" key="{1856ac98-d007-4c35-9171-5976ea84a5b6}"/>
          </rule>
          <rule label="dispatch" description="待派遣" filter="&quot;state&quot; IN ('filed')" key="{5ec4044f-124c-4a46-a1f2-0e4866a879c4}">
            <rule label="overdue" symbol="3" description="超期" filter="&quot;light&quot; = 'red'" key="{1d661c61-e2c3-4029-8b8c-43c953c83b5d}"/>
            <rule label="due soon" symbol="4" description="将到期 (>80%)" filter="&quot;light&quot; = 'yellow'" key="{08f8dd63-adbf-4bab-a422-8adeaa62c885}"/>
            <rule label="on time" symbol="5" description="正常" filter="ELSE" key="{c947ddeb-5fc6-491a-997e-1e028e806fa0}"/>
          </rule>
          <rule label="handle" description="处置/处置反馈" filter="&quot;state&quot; IN ('dispatched', 'handled')" key="{cac02466-4bd3-41f0-8996-157e847c88d9}">
            <rule label="overdue" symbol="6" description="超期" filter="&quot;light&quot; = 'red'" key="{806eb0a0-9b55-4aa9-8aac-e0f853e3a8ca}"/>
            <rule label="due soon" symbol="7" description="将到期 (>80%)" filter="&quot;light&quot; = 'yellow'" key="{0f09381e-791a-456c-95b9-5a18e30f358c}"/>
            <rule label="on time" symbol="8" description="正常" filter="ELSE" key="{ee18814c-3f9d-4201-ad0f-ca26170fd0fd}"/>
          </rule>
          <rule label="check" description="核查" filter="&quot;state&quot; IN ('checking')" key="{87c2648a-9340-4f11-a0df-1a3072399748}">
            <rule label="overdue" symbol="9" description="超期" filter="&quot;light&quot; = 'red'" key="{85d1aa65-c361-4387-91db-1e214a1349df}"/>
            <rule label="due soon" symbol="10" description="将到期 (>80%)" filter="&quot;light&quot; = 'yellow'" key="{7b6cc581-b345-4b27-afdb-c079cccd6939}"/>
            <rule label="on time" symbol="11" description="正常" filter="ELSE" key="{580de05f-e29c-40ef-b0ca-390e08188d82}"/>
          </rule>
          <rule label="suspended" symbol="12" description="挂账" filter="&quot;state&quot; = 'suspended'" key="{d4f75647-e0e0-467b-9126-84465a146646}"/>
          <rule label="closed" symbol="13" description="已结案/不受理/作废" filter="&quot;state&quot; IN ('closed', 'rejected', 'cancelled')" key="{d5f19fc6-0457-48d9-854e-9687a765ae1f}"/>
        </rule>
        <rule label="overview" scalemindenom="25000" description="city scale: overdue red, others blue" key="{729aff4c-e630-4831-83a5-31287fbdbab7}">
          <rule label="overdue" symbol="14" description="超期" filter="&quot;light&quot; = 'red'" key="{841be631-856b-4ebd-9fff-5ad4b49f1523}"/>
          <rule label="closed" symbol="15" description="已结案/不受理/作废" filter="&quot;state&quot; IN ('closed', 'rejected', 'cancelled')" key="{8324d0e9-9df7-417b-84ff-9bdf590d48fd}"/>
          <rule label="open" symbol="16" description="未超期" filter="ELSE" key="{5dbf87ae-c9c4-4693-b879-341c58b9aa7d}"/>
        </rule>
      </rules>
      <symbols>
        <symbol name="0" force_rhr="0" type="marker" alpha="1" clip_to_extent="1">
          <data_defined_properties>
            <Option type="Map">
              <Option value="" name="name" type="QString"/>
              <Option name="properties"/>
              <Option value="collection" name="type" type="QString"/>
            </Option>
          </data_defined_properties>
          <layer locked="0" pass="0" enabled="1" class="SimpleMarker">
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
                <Option value="" name="name" type="QString"/>
                <Option name="properties"/>
                <Option value="collection" name="type" type="QString"/>
              </Option>
            </data_defined_properties>
          </layer>
        </symbol>
        <symbol name="1" force_rhr="0" type="marker" alpha="1" clip_to_extent="1">
          <data_defined_properties>
            <Option type="Map">
              <Option value="" name="name" type="QString"/>
              <Option name="properties"/>
              <Option value="collection" name="type" type="QString"/>
            </Option>
          </data_defined_properties>
          <layer locked="0" pass="0" enabled="1" class="SimpleMarker">
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
                <Option value="" name="name" type="QString"/>
                <Option name="properties"/>
                <Option value="collection" name="type" type="QString"/>
              </Option>
            </data_defined_properties>
          </layer>
        </symbol>
        <symbol name="10" force_rhr="0" type="marker" alpha="1" clip_to_extent="1">
          <data_defined_properties>
            <Option type="Map">
              <Option value="" name="name" type="QString"/>
              <Option name="properties"/>
              <Option value="collection" name="type" type="QString"/>
            </Option>
          </data_defined_properties>
          <layer locked="0" pass="0" enabled="1" class="SimpleMarker">
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
                <Option value="" name="name" type="QString"/>
                <Option name="properties"/>
                <Option value="collection" name="type" type="QString"/>
              </Option>
            </data_defined_properties>
          </layer>
        </symbol>
        <symbol name="11" force_rhr="0" type="marker" alpha="1" clip_to_extent="1">
          <data_defined_properties>
            <Option type="Map">
              <Option value="" name="name" type="QString"/>
              <Option name="properties"/>
              <Option value="collection" name="type" type="QString"/>
            </Option>
          </data_defined_properties>
          <layer locked="0" pass="0" enabled="1" class="SimpleMarker">
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
                <Option value="" name="name" type="QString"/>
                <Option name="properties"/>
                <Option value="collection" name="type" type="QString"/>
              </Option>
            </data_defined_properties>
          </layer>
        </symbol>
        <symbol name="12" force_rhr="0" type="marker" alpha="1" clip_to_extent="1">
          <data_defined_properties>
            <Option type="Map">
              <Option value="" name="name" type="QString"/>
              <Option name="properties"/>
              <Option value="collection" name="type" type="QString"/>
            </Option>
          </data_defined_properties>
          <layer locked="0" pass="0" enabled="1" class="SimpleMarker">
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
                <Option value="" name="name" type="QString"/>
                <Option name="properties"/>
                <Option value="collection" name="type" type="QString"/>
              </Option>
            </data_defined_properties>
          </layer>
        </symbol>
        <symbol name="13" force_rhr="0" type="marker" alpha="1" clip_to_extent="1">
          <data_defined_properties>
            <Option type="Map">
              <Option value="" name="name" type="QString"/>
              <Option name="properties"/>
              <Option value="collection" name="type" type="QString"/>
            </Option>
          </data_defined_properties>
          <layer locked="0" pass="0" enabled="1" class="SimpleMarker">
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
                <Option value="" name="name" type="QString"/>
                <Option name="properties"/>
                <Option value="collection" name="type" type="QString"/>
              </Option>
            </data_defined_properties>
          </layer>
        </symbol>
        <symbol name="14" force_rhr="0" type="marker" alpha="1" clip_to_extent="1">
          <data_defined_properties>
            <Option type="Map">
              <Option value="" name="name" type="QString"/>
              <Option name="properties"/>
              <Option value="collection" name="type" type="QString"/>
            </Option>
          </data_defined_properties>
          <layer locked="0" pass="0" enabled="1" class="SimpleMarker">
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
                <Option value="" name="name" type="QString"/>
                <Option name="properties"/>
                <Option value="collection" name="type" type="QString"/>
              </Option>
            </data_defined_properties>
          </layer>
        </symbol>
        <symbol name="15" force_rhr="0" type="marker" alpha="1" clip_to_extent="1">
          <data_defined_properties>
            <Option type="Map">
              <Option value="" name="name" type="QString"/>
              <Option name="properties"/>
              <Option value="collection" name="type" type="QString"/>
            </Option>
          </data_defined_properties>
          <layer locked="0" pass="0" enabled="1" class="SimpleMarker">
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
                <Option value="" name="name" type="QString"/>
                <Option name="properties"/>
                <Option value="collection" name="type" type="QString"/>
              </Option>
            </data_defined_properties>
          </layer>
        </symbol>
        <symbol name="16" force_rhr="0" type="marker" alpha="1" clip_to_extent="1">
          <data_defined_properties>
            <Option type="Map">
              <Option value="" name="name" type="QString"/>
              <Option name="properties"/>
              <Option value="collection" name="type" type="QString"/>
            </Option>
          </data_defined_properties>
          <layer locked="0" pass="0" enabled="1" class="SimpleMarker">
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
                <Option value="" name="name" type="QString"/>
                <Option name="properties"/>
                <Option value="collection" name="type" type="QString"/>
              </Option>
            </data_defined_properties>
          </layer>
        </symbol>
        <symbol name="2" force_rhr="0" type="marker" alpha="1" clip_to_extent="1">
          <data_defined_properties>
            <Option type="Map">
              <Option value="" name="name" type="QString"/>
              <Option name="properties"/>
              <Option value="collection" name="type" type="QString"/>
            </Option>
          </data_defined_properties>
          <layer locked="0" pass="0" enabled="1" class="SimpleMarker">
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
                <Option value="" name="name" type="QString"/>
                <Option name="properties"/>
                <Option value="collection" name="type" type="QString"/>
              </Option>
            </data_defined_properties>
          </layer>
        </symbol>
        <symbol name="3" force_rhr="0" type="marker" alpha="1" clip_to_extent="1">
          <data_defined_properties>
            <Option type="Map">
              <Option value="" name="name" type="QString"/>
              <Option name="properties"/>
              <Option value="collection" name="type" type="QString"/>
            </Option>
          </data_defined_properties>
          <layer locked="0" pass="0" enabled="1" class="SimpleMarker">
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
                <Option value="" name="name" type="QString"/>
                <Option name="properties"/>
                <Option value="collection" name="type" type="QString"/>
              </Option>
            </data_defined_properties>
          </layer>
        </symbol>
        <symbol name="4" force_rhr="0" type="marker" alpha="1" clip_to_extent="1">
          <data_defined_properties>
            <Option type="Map">
              <Option value="" name="name" type="QString"/>
              <Option name="properties"/>
              <Option value="collection" name="type" type="QString"/>
            </Option>
          </data_defined_properties>
          <layer locked="0" pass="0" enabled="1" class="SimpleMarker">
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
                <Option value="" name="name" type="QString"/>
                <Option name="properties"/>
                <Option value="collection" name="type" type="QString"/>
              </Option>
            </data_defined_properties>
          </layer>
        </symbol>
        <symbol name="5" force_rhr="0" type="marker" alpha="1" clip_to_extent="1">
          <data_defined_properties>
            <Option type="Map">
              <Option value="" name="name" type="QString"/>
              <Option name="properties"/>
              <Option value="collection" name="type" type="QString"/>
            </Option>
          </data_defined_properties>
          <layer locked="0" pass="0" enabled="1" class="SimpleMarker">
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
                <Option value="" name="name" type="QString"/>
                <Option name="properties"/>
                <Option value="collection" name="type" type="QString"/>
              </Option>
            </data_defined_properties>
          </layer>
        </symbol>
        <symbol name="6" force_rhr="0" type="marker" alpha="1" clip_to_extent="1">
          <data_defined_properties>
            <Option type="Map">
              <Option value="" name="name" type="QString"/>
              <Option name="properties"/>
              <Option value="collection" name="type" type="QString"/>
            </Option>
          </data_defined_properties>
          <layer locked="0" pass="0" enabled="1" class="SimpleMarker">
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
                <Option value="" name="name" type="QString"/>
                <Option name="properties"/>
                <Option value="collection" name="type" type="QString"/>
              </Option>
            </data_defined_properties>
          </layer>
        </symbol>
        <symbol name="7" force_rhr="0" type="marker" alpha="1" clip_to_extent="1">
          <data_defined_properties>
            <Option type="Map">
              <Option value="" name="name" type="QString"/>
              <Option name="properties"/>
              <Option value="collection" name="type" type="QString"/>
            </Option>
          </data_defined_properties>
          <layer locked="0" pass="0" enabled="1" class="SimpleMarker">
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
                <Option value="" name="name" type="QString"/>
                <Option name="properties"/>
                <Option value="collection" name="type" type="QString"/>
              </Option>
            </data_defined_properties>
          </layer>
        </symbol>
        <symbol name="8" force_rhr="0" type="marker" alpha="1" clip_to_extent="1">
          <data_defined_properties>
            <Option type="Map">
              <Option value="" name="name" type="QString"/>
              <Option name="properties"/>
              <Option value="collection" name="type" type="QString"/>
            </Option>
          </data_defined_properties>
          <layer locked="0" pass="0" enabled="1" class="SimpleMarker">
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
                <Option value="" name="name" type="QString"/>
                <Option name="properties"/>
                <Option value="collection" name="type" type="QString"/>
              </Option>
            </data_defined_properties>
          </layer>
        </symbol>
        <symbol name="9" force_rhr="0" type="marker" alpha="1" clip_to_extent="1">
          <data_defined_properties>
            <Option type="Map">
              <Option value="" name="name" type="QString"/>
              <Option name="properties"/>
              <Option value="collection" name="type" type="QString"/>
            </Option>
          </data_defined_properties>
          <layer locked="0" pass="0" enabled="1" class="SimpleMarker">
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
                <Option value="" name="name" type="QString"/>
                <Option name="properties"/>
                <Option value="collection" name="type" type="QString"/>
              </Option>
            </data_defined_properties>
          </layer>
        </symbol>
      </symbols>
    </renderer-v2>
    <symbol name="centerSymbol" force_rhr="0" type="marker" alpha="1" clip_to_extent="1">
      <data_defined_properties>
        <Option type="Map">
          <Option value="" name="name" type="QString"/>
          <Option name="properties"/>
          <Option value="collection" name="type" type="QString"/>
        </Option>
      </data_defined_properties>
      <layer locked="0" pass="0" enabled="1" class="SimpleMarker">
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
      <layer locked="0" pass="0" enabled="1" class="FontMarker">
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
      <orderByClause asc="1" nullsFirst="0">CASE WHEN "light" = 'red' THEN 3 WHEN "light" = 'yellow' THEN 2 WHEN "light" = 'green' THEN 1 ELSE 0 END</orderByClause>
    </orderby>
  </renderer-v2>
  <labeling type="simple">
    <settings calloutType="simple">
      <text-style namedStyle="" fontWordSpacing="0" useSubstitutions="0" fontKerning="1" capitalization="0" fontSizeMapUnitScale="3x:0,0,0,0,0,0" fieldName="code" legendString="Aa" fontWeight="50" textColor="34,34,34,255" textOrientation="horizontal" isExpression="0" fontStrikeout="0" blendMode="0" fontFamily="Noto Sans CJK SC" fontSizeUnit="Point" allowHtml="0" previewBkgrdColor="255,255,255,255" fontLetterSpacing="0" fontUnderline="0" fontItalic="0" fontSize="7.5" multilineHeight="1" textOpacity="1">
        <families/>
        <text-buffer bufferDraw="1" bufferJoinStyle="128" bufferSizeUnits="MM" bufferColor="255,255,255,255" bufferSize="0.69999999999999996" bufferNoFill="1" bufferBlendMode="0" bufferOpacity="0.84999999999999998" bufferSizeMapUnitScale="3x:0,0,0,0,0,0"/>
        <text-mask maskType="0" maskJoinStyle="128" maskedSymbolLayers="" maskOpacity="1" maskSize="1.5" maskSizeMapUnitScale="3x:0,0,0,0,0,0" maskEnabled="0" maskSizeUnits="MM"/>
        <background shapeOffsetMapUnitScale="3x:0,0,0,0,0,0" shapeSizeType="0" shapeBorderWidth="0" shapeRotation="0" shapeRadiiUnit="MM" shapeOffsetX="0" shapeBorderColor="128,128,128,255" shapeSizeY="0" shapeDraw="0" shapeOffsetY="0" shapeType="0" shapeBlendMode="0" shapeRotationType="0" shapeRadiiMapUnitScale="3x:0,0,0,0,0,0" shapeSizeX="0" shapeOffsetUnit="MM" shapeFillColor="255,255,255,255" shapeOpacity="1" shapeSizeMapUnitScale="3x:0,0,0,0,0,0" shapeBorderWidthUnit="MM" shapeRadiiX="0" shapeBorderWidthMapUnitScale="3x:0,0,0,0,0,0" shapeJoinStyle="64" shapeSizeUnit="MM" shapeRadiiY="0" shapeSVGFile="">
          <symbol name="fillSymbol" force_rhr="0" type="fill" alpha="1" clip_to_extent="1">
            <data_defined_properties>
              <Option type="Map">
                <Option value="" name="name" type="QString"/>
                <Option name="properties"/>
                <Option value="collection" name="type" type="QString"/>
              </Option>
            </data_defined_properties>
            <layer locked="0" pass="0" enabled="1" class="SimpleFill">
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
                  <Option value="" name="name" type="QString"/>
                  <Option name="properties"/>
                  <Option value="collection" name="type" type="QString"/>
                </Option>
              </data_defined_properties>
            </layer>
          </symbol>
        </background>
        <shadow shadowRadiusAlphaOnly="0" shadowOffsetAngle="135" shadowOffsetMapUnitScale="3x:0,0,0,0,0,0" shadowOpacity="0.69999999999999996" shadowScale="100" shadowOffsetDist="1" shadowOffsetGlobal="1" shadowBlendMode="6" shadowRadius="1.5" shadowRadiusMapUnitScale="3x:0,0,0,0,0,0" shadowRadiusUnit="MM" shadowColor="0,0,0,255" shadowOffsetUnit="MM" shadowUnder="0" shadowDraw="0"/>
        <dd_properties>
          <Option type="Map">
            <Option value="" name="name" type="QString"/>
            <Option name="properties"/>
            <Option value="collection" name="type" type="QString"/>
          </Option>
        </dd_properties>
        <substitutions/>
      </text-style>
      <text-format useMaxLineLengthForAutoWrap="1" addDirectionSymbol="0" plussign="0" leftDirectionSymbol="&lt;" wrapChar="" autoWrapLength="0" decimals="3" rightDirectionSymbol=">" reverseDirectionSymbol="0" placeDirectionSymbol="0" formatNumbers="0" multilineAlign="3"/>
      <placement layerType="UnknownGeometry" fitInPolygonOnly="0" preserveRotation="1" overrunDistanceMapUnitScale="3x:0,0,0,0,0,0" xOffset="0" offsetUnits="MM" lineAnchorType="0" offsetType="0" yOffset="0" distMapUnitScale="3x:0,0,0,0,0,0" placement="0" priority="10" repeatDistance="0" labelOffsetMapUnitScale="3x:0,0,0,0,0,0" geometryGeneratorEnabled="0" centroidWhole="0" lineAnchorClipping="0" geometryGeneratorType="PointGeometry" lineAnchorPercent="0.5" dist="1.2" geometryGenerator="" placementFlags="10" repeatDistanceUnits="MM" overrunDistance="0" centroidInside="1" rotationAngle="0" distUnits="MM" rotationUnit="AngleDegrees" polygonPlacementFlags="2" quadOffset="4" predefinedPositionOrder="TR,TL,BR,BL,R,L,TSR,BSR" repeatDistanceMapUnitScale="3x:0,0,0,0,0,0" overrunDistanceUnit="MM" maxCurvedCharAngleIn="25" maxCurvedCharAngleOut="-25"/>
      <rendering mergeLines="0" limitNumLabels="0" maxNumLabels="2000" unplacedVisibility="0" obstacle="1" upsidedownLabels="0" drawLabels="1" minFeatureSize="0" fontMinPixelSize="0" obstacleType="1" scaleMax="2500" obstacleFactor="1" displayAll="0" scaleMin="0" fontLimitPixelSize="0" scaleVisibility="1" zIndex="0" fontMaxPixelSize="10000" labelPerPart="0"/>
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
          <Option value="&lt;symbol name=&quot;symbol&quot; force_rhr=&quot;0&quot; type=&quot;line&quot; alpha=&quot;1&quot; clip_to_extent=&quot;1&quot;>&lt;data_defined_properties>&lt;Option type=&quot;Map&quot;>&lt;Option value=&quot;&quot; name=&quot;name&quot; type=&quot;QString&quot;/>&lt;Option name=&quot;properties&quot;/>&lt;Option value=&quot;collection&quot; name=&quot;type&quot; type=&quot;QString&quot;/>&lt;/Option>&lt;/data_defined_properties>&lt;layer locked=&quot;0&quot; pass=&quot;0&quot; enabled=&quot;1&quot; class=&quot;SimpleLine&quot;>&lt;Option type=&quot;Map&quot;>&lt;Option value=&quot;0&quot; name=&quot;align_dash_pattern&quot; type=&quot;QString&quot;/>&lt;Option value=&quot;square&quot; name=&quot;capstyle&quot; type=&quot;QString&quot;/>&lt;Option value=&quot;5;2&quot; name=&quot;customdash&quot; type=&quot;QString&quot;/>&lt;Option value=&quot;3x:0,0,0,0,0,0&quot; name=&quot;customdash_map_unit_scale&quot; type=&quot;QString&quot;/>&lt;Option value=&quot;MM&quot; name=&quot;customdash_unit&quot; type=&quot;QString&quot;/>&lt;Option value=&quot;0&quot; name=&quot;dash_pattern_offset&quot; type=&quot;QString&quot;/>&lt;Option value=&quot;3x:0,0,0,0,0,0&quot; name=&quot;dash_pattern_offset_map_unit_scale&quot; type=&quot;QString&quot;/>&lt;Option value=&quot;MM&quot; name=&quot;dash_pattern_offset_unit&quot; type=&quot;QString&quot;/>&lt;Option value=&quot;0&quot; name=&quot;draw_inside_polygon&quot; type=&quot;QString&quot;/>&lt;Option value=&quot;bevel&quot; name=&quot;joinstyle&quot; type=&quot;QString&quot;/>&lt;Option value=&quot;60,60,60,255&quot; name=&quot;line_color&quot; type=&quot;QString&quot;/>&lt;Option value=&quot;solid&quot; name=&quot;line_style&quot; type=&quot;QString&quot;/>&lt;Option value=&quot;0.3&quot; name=&quot;line_width&quot; type=&quot;QString&quot;/>&lt;Option value=&quot;MM&quot; name=&quot;line_width_unit&quot; type=&quot;QString&quot;/>&lt;Option value=&quot;0&quot; name=&quot;offset&quot; type=&quot;QString&quot;/>&lt;Option value=&quot;3x:0,0,0,0,0,0&quot; name=&quot;offset_map_unit_scale&quot; type=&quot;QString&quot;/>&lt;Option value=&quot;MM&quot; name=&quot;offset_unit&quot; type=&quot;QString&quot;/>&lt;Option value=&quot;0&quot; name=&quot;ring_filter&quot; type=&quot;QString&quot;/>&lt;Option value=&quot;0&quot; name=&quot;trim_distance_end&quot; type=&quot;QString&quot;/>&lt;Option value=&quot;3x:0,0,0,0,0,0&quot; name=&quot;trim_distance_end_map_unit_scale&quot; type=&quot;QString&quot;/>&lt;Option value=&quot;MM&quot; name=&quot;trim_distance_end_unit&quot; type=&quot;QString&quot;/>&lt;Option value=&quot;0&quot; name=&quot;trim_distance_start&quot; type=&quot;QString&quot;/>&lt;Option value=&quot;3x:0,0,0,0,0,0&quot; name=&quot;trim_distance_start_map_unit_scale&quot; type=&quot;QString&quot;/>&lt;Option value=&quot;MM&quot; name=&quot;trim_distance_start_unit&quot; type=&quot;QString&quot;/>&lt;Option value=&quot;0&quot; name=&quot;tweak_dash_pattern_on_corners&quot; type=&quot;QString&quot;/>&lt;Option value=&quot;0&quot; name=&quot;use_custom_dash&quot; type=&quot;QString&quot;/>&lt;Option value=&quot;3x:0,0,0,0,0,0&quot; name=&quot;width_map_unit_scale&quot; type=&quot;QString&quot;/>&lt;/Option>&lt;prop v=&quot;0&quot; k=&quot;align_dash_pattern&quot;/>&lt;prop v=&quot;square&quot; k=&quot;capstyle&quot;/>&lt;prop v=&quot;5;2&quot; k=&quot;customdash&quot;/>&lt;prop v=&quot;3x:0,0,0,0,0,0&quot; k=&quot;customdash_map_unit_scale&quot;/>&lt;prop v=&quot;MM&quot; k=&quot;customdash_unit&quot;/>&lt;prop v=&quot;0&quot; k=&quot;dash_pattern_offset&quot;/>&lt;prop v=&quot;3x:0,0,0,0,0,0&quot; k=&quot;dash_pattern_offset_map_unit_scale&quot;/>&lt;prop v=&quot;MM&quot; k=&quot;dash_pattern_offset_unit&quot;/>&lt;prop v=&quot;0&quot; k=&quot;draw_inside_polygon&quot;/>&lt;prop v=&quot;bevel&quot; k=&quot;joinstyle&quot;/>&lt;prop v=&quot;60,60,60,255&quot; k=&quot;line_color&quot;/>&lt;prop v=&quot;solid&quot; k=&quot;line_style&quot;/>&lt;prop v=&quot;0.3&quot; k=&quot;line_width&quot;/>&lt;prop v=&quot;MM&quot; k=&quot;line_width_unit&quot;/>&lt;prop v=&quot;0&quot; k=&quot;offset&quot;/>&lt;prop v=&quot;3x:0,0,0,0,0,0&quot; k=&quot;offset_map_unit_scale&quot;/>&lt;prop v=&quot;MM&quot; k=&quot;offset_unit&quot;/>&lt;prop v=&quot;0&quot; k=&quot;ring_filter&quot;/>&lt;prop v=&quot;0&quot; k=&quot;trim_distance_end&quot;/>&lt;prop v=&quot;3x:0,0,0,0,0,0&quot; k=&quot;trim_distance_end_map_unit_scale&quot;/>&lt;prop v=&quot;MM&quot; k=&quot;trim_distance_end_unit&quot;/>&lt;prop v=&quot;0&quot; k=&quot;trim_distance_start&quot;/>&lt;prop v=&quot;3x:0,0,0,0,0,0&quot; k=&quot;trim_distance_start_map_unit_scale&quot;/>&lt;prop v=&quot;MM&quot; k=&quot;trim_distance_start_unit&quot;/>&lt;prop v=&quot;0&quot; k=&quot;tweak_dash_pattern_on_corners&quot;/>&lt;prop v=&quot;0&quot; k=&quot;use_custom_dash&quot;/>&lt;prop v=&quot;3x:0,0,0,0,0,0&quot; k=&quot;width_map_unit_scale&quot;/>&lt;data_defined_properties>&lt;Option type=&quot;Map&quot;>&lt;Option value=&quot;&quot; name=&quot;name&quot; type=&quot;QString&quot;/>&lt;Option name=&quot;properties&quot;/>&lt;Option value=&quot;collection&quot; name=&quot;type&quot; type=&quot;QString&quot;/>&lt;/Option>&lt;/data_defined_properties>&lt;/layer>&lt;/symbol>" name="lineSymbol" type="QString"/>
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
    <alias name="" field="id" index="0"/>
    <alias name="" field="code" index="1"/>
    <alias name="" field="source" index="2"/>
    <alias name="" field="kind" index="3"/>
    <alias name="" field="class_code" index="4"/>
    <alias name="" field="description" index="5"/>
    <alias name="" field="address" index="6"/>
    <alias name="" field="urgent" index="7"/>
    <alias name="" field="component_code" index="8"/>
    <alias name="" field="x" index="9"/>
    <alias name="" field="y" index="10"/>
    <alias name="" field="grid_code" index="11"/>
    <alias name="" field="community_code" index="12"/>
    <alias name="" field="street_code" index="13"/>
    <alias name="" field="district_code" index="14"/>
    <alias name="" field="level" index="15"/>
    <alias name="" field="state" index="16"/>
    <alias name="" field="reporter" index="17"/>
    <alias name="" field="inspector" index="18"/>
    <alias name="" field="department_code" index="19"/>
    <alias name="" field="suggested_department_code" index="20"/>
    <alias name="" field="last_department_code" index="21"/>
    <alias name="" field="stage" index="22"/>
    <alias name="" field="stage_started_at" index="23"/>
    <alias name="" field="deadline" index="24"/>
    <alias name="" field="paused_at" index="25"/>
    <alias name="" field="postponement_until" index="26"/>
    <alias name="" field="verification_result" index="27"/>
    <alias name="" field="check_result" index="28"/>
    <alias name="" field="close_type" index="29"/>
    <alias name="" field="rework_count" index="30"/>
    <alias name="" field="return_count" index="31"/>
    <alias name="" field="urge_count" index="32"/>
    <alias name="" field="postpone_count" index="33"/>
    <alias name="" field="registered_at" index="34"/>
    <alias name="" field="accepted_at" index="35"/>
    <alias name="" field="accept_late" index="36"/>
    <alias name="" field="filed_at" index="37"/>
    <alias name="" field="verify_late" index="38"/>
    <alias name="" field="dispatched_at" index="39"/>
    <alias name="" field="dispatch_late" index="40"/>
    <alias name="" field="handle_deadline" index="41"/>
    <alias name="" field="handled_at" index="42"/>
    <alias name="" field="handle_late" index="43"/>
    <alias name="" field="check_late" index="44"/>
    <alias name="" field="closed_at" index="45"/>
    <alias name="" field="updated_at" index="46"/>
    <alias name="" field="version" index="47"/>
    <alias name="" field="light" index="48"/>
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
    <constraint field="id" notnull_strength="0" constraints="0" exp_strength="0" unique_strength="0"/>
    <constraint field="code" notnull_strength="0" constraints="0" exp_strength="0" unique_strength="0"/>
    <constraint field="source" notnull_strength="0" constraints="0" exp_strength="0" unique_strength="0"/>
    <constraint field="kind" notnull_strength="0" constraints="0" exp_strength="0" unique_strength="0"/>
    <constraint field="class_code" notnull_strength="0" constraints="0" exp_strength="0" unique_strength="0"/>
    <constraint field="description" notnull_strength="0" constraints="0" exp_strength="0" unique_strength="0"/>
    <constraint field="address" notnull_strength="0" constraints="0" exp_strength="0" unique_strength="0"/>
    <constraint field="urgent" notnull_strength="0" constraints="0" exp_strength="0" unique_strength="0"/>
    <constraint field="component_code" notnull_strength="0" constraints="0" exp_strength="0" unique_strength="0"/>
    <constraint field="x" notnull_strength="0" constraints="0" exp_strength="0" unique_strength="0"/>
    <constraint field="y" notnull_strength="0" constraints="0" exp_strength="0" unique_strength="0"/>
    <constraint field="grid_code" notnull_strength="0" constraints="0" exp_strength="0" unique_strength="0"/>
    <constraint field="community_code" notnull_strength="0" constraints="0" exp_strength="0" unique_strength="0"/>
    <constraint field="street_code" notnull_strength="0" constraints="0" exp_strength="0" unique_strength="0"/>
    <constraint field="district_code" notnull_strength="0" constraints="0" exp_strength="0" unique_strength="0"/>
    <constraint field="level" notnull_strength="0" constraints="0" exp_strength="0" unique_strength="0"/>
    <constraint field="state" notnull_strength="0" constraints="0" exp_strength="0" unique_strength="0"/>
    <constraint field="reporter" notnull_strength="0" constraints="0" exp_strength="0" unique_strength="0"/>
    <constraint field="inspector" notnull_strength="0" constraints="0" exp_strength="0" unique_strength="0"/>
    <constraint field="department_code" notnull_strength="0" constraints="0" exp_strength="0" unique_strength="0"/>
    <constraint field="suggested_department_code" notnull_strength="0" constraints="0" exp_strength="0" unique_strength="0"/>
    <constraint field="last_department_code" notnull_strength="0" constraints="0" exp_strength="0" unique_strength="0"/>
    <constraint field="stage" notnull_strength="0" constraints="0" exp_strength="0" unique_strength="0"/>
    <constraint field="stage_started_at" notnull_strength="0" constraints="0" exp_strength="0" unique_strength="0"/>
    <constraint field="deadline" notnull_strength="0" constraints="0" exp_strength="0" unique_strength="0"/>
    <constraint field="paused_at" notnull_strength="0" constraints="0" exp_strength="0" unique_strength="0"/>
    <constraint field="postponement_until" notnull_strength="0" constraints="0" exp_strength="0" unique_strength="0"/>
    <constraint field="verification_result" notnull_strength="0" constraints="0" exp_strength="0" unique_strength="0"/>
    <constraint field="check_result" notnull_strength="0" constraints="0" exp_strength="0" unique_strength="0"/>
    <constraint field="close_type" notnull_strength="0" constraints="0" exp_strength="0" unique_strength="0"/>
    <constraint field="rework_count" notnull_strength="0" constraints="0" exp_strength="0" unique_strength="0"/>
    <constraint field="return_count" notnull_strength="0" constraints="0" exp_strength="0" unique_strength="0"/>
    <constraint field="urge_count" notnull_strength="0" constraints="0" exp_strength="0" unique_strength="0"/>
    <constraint field="postpone_count" notnull_strength="0" constraints="0" exp_strength="0" unique_strength="0"/>
    <constraint field="registered_at" notnull_strength="0" constraints="0" exp_strength="0" unique_strength="0"/>
    <constraint field="accepted_at" notnull_strength="0" constraints="0" exp_strength="0" unique_strength="0"/>
    <constraint field="accept_late" notnull_strength="0" constraints="0" exp_strength="0" unique_strength="0"/>
    <constraint field="filed_at" notnull_strength="0" constraints="0" exp_strength="0" unique_strength="0"/>
    <constraint field="verify_late" notnull_strength="0" constraints="0" exp_strength="0" unique_strength="0"/>
    <constraint field="dispatched_at" notnull_strength="0" constraints="0" exp_strength="0" unique_strength="0"/>
    <constraint field="dispatch_late" notnull_strength="0" constraints="0" exp_strength="0" unique_strength="0"/>
    <constraint field="handle_deadline" notnull_strength="0" constraints="0" exp_strength="0" unique_strength="0"/>
    <constraint field="handled_at" notnull_strength="0" constraints="0" exp_strength="0" unique_strength="0"/>
    <constraint field="handle_late" notnull_strength="0" constraints="0" exp_strength="0" unique_strength="0"/>
    <constraint field="check_late" notnull_strength="0" constraints="0" exp_strength="0" unique_strength="0"/>
    <constraint field="closed_at" notnull_strength="0" constraints="0" exp_strength="0" unique_strength="0"/>
    <constraint field="updated_at" notnull_strength="0" constraints="0" exp_strength="0" unique_strength="0"/>
    <constraint field="version" notnull_strength="0" constraints="0" exp_strength="0" unique_strength="0"/>
    <constraint field="light" notnull_strength="0" constraints="0" exp_strength="0" unique_strength="0"/>
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
    <field name="light" subType="0" typeName="string" precision="0" type="10" comment="" length="8" expression="with_variable('now_ms', coalesce(@console_now_ms, epoch(now())),&#xa; with_variable('due_ms', (day(to_date(&quot;deadline&quot;) - to_date('1970-01-01')) * 86400 + hour(&quot;deadline&quot;) * 3600 + minute(&quot;deadline&quot;) * 60 + second(&quot;deadline&quot;)) * 1000,&#xa; with_variable('start_ms', (day(to_date(&quot;stage_started_at&quot;) - to_date('1970-01-01')) * 86400 + hour(&quot;stage_started_at&quot;) * 3600 + minute(&quot;stage_started_at&quot;) * 60 + second(&quot;stage_started_at&quot;)) * 1000,&#xa; CASE&#xa;  WHEN &quot;state&quot; IN ('closed', 'rejected', 'cancelled', 'suspended') OR &quot;deadline&quot; IS NULL THEN NULL&#xa;  WHEN @now_ms > @due_ms THEN 'red'&#xa;  WHEN @start_ms IS NOT NULL AND @due_ms > @start_ms&#xa;   AND (@now_ms - @start_ms) > 0.8 * (@due_ms - @start_ms) THEN 'yellow'&#xa;  ELSE 'green'&#xa; END)))"/>
  </expressionfields>
  <mapTip></mapTip>
  <layerGeometryType>0</layerGeometryType>
</qgis>
