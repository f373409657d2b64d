<!DOCTYPE qgis PUBLIC 'http://mrcc.com/qgis.dtd' 'SYSTEM'>
<qgis minScale="100000000" simplifyDrawingHints="1" symbologyReferenceScale="-1" styleCategories="Symbology|Labeling|Fields|MapTips|Rendering" simplifyLocal="1" maxScale="0" labelsEnabled="1" hasScaleBasedVisibilityFlag="0" version="3.22.16-Białowieża" simplifyAlgorithm="0" simplifyDrawingTol="1" simplifyMaxScale="1">
  <renderer-v2 type="pointCluster" tolerance="8" toleranceUnitScale="3x:0,0,0,0,0,0" enableorderby="1" forceraster="0" symbollevels="0" referencescale="-1" toleranceUnit="MM">
    <renderer-v2 type="RuleRenderer" enableorderby="0" forceraster="0" symbollevels="0" referencescale="-1">
      <rules key="{87b34bfa-4393-42b7-8605-c8b2d7e4c3de}">
        <rule description="street scale: shape = stage, colour = deadline light" label="detail" key="{ed7b25f4-90df-4ff2-9ffd-07c9b95a713b}" scalemaxdenom="25000">
          <rule filter="&quot;state&quot; IN ('reported', 'verifying', 'adjudicating')" description="受理 (登记/核实/值班长)" label="accept" key="{abee6d8a-7f43-4022-8b74-2a9e41a343ef}">
            <rule filter="&quot;light&quot; = 'red'" symbol="0" description="超期" label="overdue" key="{f0fc4de2-7a8b-45ee-a43b-443ca8c73f6a}"/>
            <rule filter="&quot;light&quot; = 'yellow'" symbol="1" description="将到期 (>80%)" label="due soon" key="{96e89628-9e28-4b9a-8565-607b9ca5de94}"/>
            <rule filter="ELSE" symbol="2" description="正常" label="on time" key="{fdde6055-6916-49db-8edd-477a1d123770}"/>
          </rule>
          <rule filter="&quot;state&quot; IN ('filed')" description="待派遣" label="dispatch" key="{d335b5e0-7b79-4310-8bc2-dba991aae502}">
            <rule filter="&quot;light&quot; = 'red'" symbol="3" description="超期" label="overdue" key="{cbe2f864-b476-4a3d-9eb4-8b8a6c0107d2}"/>
            <rule filter="&quot;light&quot; = 'yellow'" symbol="4" description="将到期 (>80%)" label="due soon" key="{b1c43082-bdc9-4d5a-8eb6-d4bf9fd7ccec}"/>
            <rule filter="ELSE" symbol="5" description="正常" label="on time" key="{2cf218a5-9ef0-445e-a4f5-ddd5db9e3c90}"/>
          </rule>
          <rule filter="&quot;state&quot; IN ('dispatched', 'handled')" description="处置/处置反馈" label="handle" key="{7c016407-5e77-45d0-892a-13c8a2e84b2f}">
            <rule filter="&quot;light&quot; = 'red'" symbol="6" description="超期" label="overdue" key="{ed1b6f66-4375-48fd-8d26-1cd41ea602f5}"/>
            <rule filter="&quot;light&quot; = 'yellow'" symbol="7" description="将到期 (>80%)" label="due soon" key="{443f2ae7-ab0f-460e-b722-b04a4af5325d}"/>
            <rule filter="ELSE" symbol="8" description="正常" label="on time" key="{4018063f-d381-4b80-bf8c-05ca0b433933}"/>
          </rule>
          <rule filter="&quot;state&quot; IN ('checking')" description="核查" label="check" key="{39f528d0-50ec-42b1-8141-e3017710c9c4}">
            <rule filter="&quot;light&quot; = 'red'" symbol="9" description="超期" label="overdue" key="{749cfe56-f51a-4a55-8b0d-9b226b07718b}"/>
            <rule filter="&quot;light&quot; = 'yellow'" symbol="10" description="将到期 (>80%)" label="due soon" key="{0831eff8-074d-48cb-b1ff-7ed1d4512100}"/>
            <rule filter="ELSE" symbol="11" description="正常" label="on time" key="{84dac1cf-63ca-47bc-aec8-8ba836c7c8fa}"/>
          </rule>
          <rule filter="&quot;state&quot; = 'suspended'" symbol="12" description="挂账" label="suspended" key="{2d4221b9-b501-48f5-babf-2002ff77f464}"/>
          <rule filter="&quot;state&quot; IN ('closed', 'rejected', 'cancelled')" symbol="13" description="已结案/不受理/作废" label="closed" key="{7cffd3c3-bb91-466e-8e0a-02b745e55471}"/>
        </rule>
        <rule description="city scale: overdue red, others blue" label="overview" key="{6c4e3b14-9883-4a25-988e-452c18d8b83c}" scalemindenom="25000">
          <rule filter="&quot;light&quot; = 'red'" symbol="14" description="超期" label="overdue" key="{56787c6f-ab15-408b-85d0-9e4270850f11}"/>
          <rule filter="&quot;state&quot; IN ('closed', 'rejected', 'cancelled')" symbol="15" description="已结案/不受理/作废" label="closed" key="{c92b87c5-0422-4fdd-9486-e951d0afc471}"/>
          <rule filter="ELSE" symbol="16" description="未超期" label="open" key="{19e76c70-d6b7-473a-b348-3b0f1e5b06ff}"/>
        </rule>
      </rules>
      <symbols>
        <symbol alpha="1" type="marker" force_rhr="0" name="0" clip_to_extent="1">
          <data_defined_properties>
            <Option type="Map">
              <Option type="QString" value="" name="name"/>
              <Option name="properties"/>
              <Option type="QString" value="collection" name="type"/>
            </Option>
          </data_defined_properties>
          <layer class="SimpleMarker" locked="0" enabled="1" pass="0">
            <Option type="Map">
              <Option type="QString" value="0" name="angle"/>
              <Option type="QString" value="square" name="cap_style"/>
              <Option type="QString" value="224,32,42,255" name="color"/>
              <Option type="QString" value="1" name="horizontal_anchor_point"/>
              <Option type="QString" value="bevel" name="joinstyle"/>
              <Option type="QString" value="circle" name="name"/>
              <Option type="QString" value="0,0" name="offset"/>
              <Option type="QString" value="3x:0,0,0,0,0,0" name="offset_map_unit_scale"/>
              <Option type="QString" value="MM" name="offset_unit"/>
              <Option type="QString" value="255,255,255,255" name="outline_color"/>
              <Option type="QString" value="solid" name="outline_style"/>
              <Option type="QString" value="0.6" name="outline_width"/>
              <Option type="QString" value="3x:0,0,0,0,0,0" name="outline_width_map_unit_scale"/>
              <Option type="QString" value="MM" name="outline_width_unit"/>
              <Option type="QString" value="diameter" name="scale_method"/>
              <Option type="QString" value="4.8" name="size"/>
              <Option type="QString" value="3x:0,0,0,0,0,0" name="size_map_unit_scale"/>
              <Option type="QString" value="MM" name="size_unit"/>
              <Option type="QString" value="1" name="vertical_anchor_point"/>
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
                <Option type="QString" value="" name="name"/>
                <Option name="properties"/>
                <Option type="QString" value="collection" name="type"/>
              </Option>
            </data_defined_properties>
          </layer>
        </symbol>
        <symbol alpha="1" type="marker" force_rhr="0" name="1" clip_to_extent="1">
          <data_defined_properties>
            <Option type="Map">
              <Option type="QString" value="" name="name"/>
              <Option name="properties"/>
              <Option type="QString" value="collection" name="type"/>
            </Option>
          </data_defined_properties>
          <layer class="SimpleMarker" locked="0" enabled="1" pass="0">
            <Option type="Map">
              <Option type="QString" value="0" name="angle"/>
              <Option type="QString" value="square" name="cap_style"/>
              <Option type="QString" value="242,169,0,255" name="color"/>
              <Option type="QString" value="1" name="horizontal_anchor_point"/>
              <Option type="QString" value="bevel" name="joinstyle"/>
              <Option type="QString" value="circle" name="name"/>
              <Option type="QString" value="0,0" name="offset"/>
              <Option type="QString" value="3x:0,0,0,0,0,0" name="offset_map_unit_scale"/>
              <Option type="QString" value="MM" name="offset_unit"/>
              <Option type="QString" value="255,255,255,255" name="outline_color"/>
              <Option type="QString" value="solid" name="outline_style"/>
              <Option type="QString" value="0.5" name="outline_width"/>
              <Option type="QString" value="3x:0,0,0,0,0,0" name="outline_width_map_unit_scale"/>
              <Option type="QString" value="MM" name="outline_width_unit"/>
              <Option type="QString" value="diameter" name="scale_method"/>
              <Option type="QString" value="4.2" name="size"/>
              <Option type="QString" value="3x:0,0,0,0,0,0" name="size_map_unit_scale"/>
              <Option type="QString" value="MM" name="size_unit"/>
              <Option type="QString" value="1" name="vertical_anchor_point"/>
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
                <Option type="QString" value="" name="name"/>
                <Option name="properties"/>
                <Option type="QString" value="collection" name="type"/>
              </Option>
            </data_defined_properties>
          </layer>
        </symbol>
        <symbol alpha="1" type="marker" force_rhr="0" name="10" clip_to_extent="1">
          <data_defined_properties>
            <Option type="Map">
              <Option type="QString" value="" name="name"/>
              <Option name="properties"/>
              <Option type="QString" value="collection" name="type"/>
            </Option>
          </data_defined_properties>
          <layer class="SimpleMarker" locked="0" enabled="1" pass="0">
            <Option type="Map">
              <Option type="QString" value="0" name="angle"/>
              <Option type="QString" value="square" name="cap_style"/>
              <Option type="QString" value="242,169,0,255" name="color"/>
              <Option type="QString" value="1" name="horizontal_anchor_point"/>
              <Option type="QString" value="bevel" name="joinstyle"/>
              <Option type="QString" value="triangle" name="name"/>
              <Option type="QString" value="0,0" name="offset"/>
              <Option type="QString" value="3x:0,0,0,0,0,0" name="offset_map_unit_scale"/>
              <Option type="QString" value="MM" name="offset_unit"/>
              <Option type="QString" value="255,255,255,255" name="outline_color"/>
              <Option type="QString" value="solid" name="outline_style"/>
              <Option type="QString" value="0.5" name="outline_width"/>
              <Option type="QString" value="3x:0,0,0,0,0,0" name="outline_width_map_unit_scale"/>
              <Option type="QString" value="MM" name="outline_width_unit"/>
              <Option type="QString" value="diameter" name="scale_method"/>
              <Option type="QString" value="4.6" name="size"/>
              <Option type="QString" value="3x:0,0,0,0,0,0" name="size_map_unit_scale"/>
              <Option type="QString" value="MM" name="size_unit"/>
              <Option type="QString" value="1" name="vertical_anchor_point"/>
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
                <Option type="QString" value="" name="name"/>
                <Option name="properties"/>
                <Option type="QString" value="collection" name="type"/>
              </Option>
            </data_defined_properties>
          </layer>
        </symbol>
        <symbol alpha="1" type="marker" force_rhr="0" name="11" clip_to_extent="1">
          <data_defined_properties>
            <Option type="Map">
              <Option type="QString" value="" name="name"/>
              <Option name="properties"/>
              <Option type="QString" value="collection" name="type"/>
            </Option>
          </data_defined_properties>
          <layer class="SimpleMarker" locked="0" enabled="1" pass="0">
            <Option type="Map">
              <Option type="QString" value="0" name="angle"/>
              <Option type="QString" value="square" name="cap_style"/>
              <Option type="QString" value="35,163,71,255" name="color"/>
              <Option type="QString" value="1" name="horizontal_anchor_point"/>
              <Option type="QString" value="bevel" name="joinstyle"/>
              <Option type="QString" value="triangle" name="name"/>
              <Option type="QString" value="0,0" name="offset"/>
              <Option type="QString" value="3x:0,0,0,0,0,0" name="offset_map_unit_scale"/>
              <Option type="QString" value="MM" name="offset_unit"/>
              <Option type="QString" value="255,255,255,255" name="outline_color"/>
              <Option type="QString" value="solid" name="outline_style"/>
              <Option type="QString" value="0.5" name="outline_width"/>
              <Option type="QString" value="3x:0,0,0,0,0,0" name="outline_width_map_unit_scale"/>
              <Option type="QString" value="MM" name="outline_width_unit"/>
              <Option type="QString" value="diameter" name="scale_method"/>
              <Option type="QString" value="4.6" name="size"/>
              <Option type="QString" value="3x:0,0,0,0,0,0" name="size_map_unit_scale"/>
              <Option type="QString" value="MM" name="size_unit"/>
              <Option type="QString" value="1" name="vertical_anchor_point"/>
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
                <Option type="QString" value="" name="name"/>
                <Option name="properties"/>
                <Option type="QString" value="collection" name="type"/>
              </Option>
            </data_defined_properties>
          </layer>
        </symbol>
        <symbol alpha="1" type="marker" force_rhr="0" name="12" clip_to_extent="1">
          <data_defined_properties>
            <Option type="Map">
              <Option type="QString" value="" name="name"/>
              <Option name="properties"/>
              <Option type="QString" value="collection" name="type"/>
            </Option>
          </data_defined_properties>
          <layer class="SimpleMarker" locked="0" enabled="1" pass="0">
            <Option type="Map">
              <Option type="QString" value="0" name="angle"/>
              <Option type="QString" value="square" name="cap_style"/>
              <Option type="QString" value="141,141,141,255" name="color"/>
              <Option type="QString" value="1" name="horizontal_anchor_point"/>
              <Option type="QString" value="bevel" name="joinstyle"/>
              <Option type="QString" value="circle" name="name"/>
              <Option type="QString" value="0,0" name="offset"/>
              <Option type="QString" value="3x:0,0,0,0,0,0" name="offset_map_unit_scale"/>
              <Option type="QString" value="MM" name="offset_unit"/>
              <Option type="QString" value="255,255,255,255" name="outline_color"/>
              <Option type="QString" value="solid" name="outline_style"/>
              <Option type="QString" value="0.5" name="outline_width"/>
              <Option type="QString" value="3x:0,0,0,0,0,0" name="outline_width_map_unit_scale"/>
              <Option type="QString" value="MM" name="outline_width_unit"/>
              <Option type="QString" value="diameter" name="scale_method"/>
              <Option type="QString" value="3.6" name="size"/>
              <Option type="QString" value="3x:0,0,0,0,0,0" name="size_map_unit_scale"/>
              <Option type="QString" value="MM" name="size_unit"/>
              <Option type="QString" value="1" name="vertical_anchor_point"/>
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
                <Option type="QString" value="" name="name"/>
                <Option name="properties"/>
                <Option type="QString" value="collection" name="type"/>
              </Option>
            </data_defined_properties>
          </layer>
        </symbol>
        <symbol alpha="1" type="marker" force_rhr="0" name="13" clip_to_extent="1">
          <data_defined_properties>
            <Option type="Map">
              <Option type="QString" value="" name="name"/>
              <Option name="properties"/>
              <Option type="QString" value="collection" name="type"/>
            </Option>
          </data_defined_properties>
          <layer class="SimpleMarker" locked="0" enabled="1" pass="0">
            <Option type="Map">
              <Option type="QString" value="0" name="angle"/>
              <Option type="QString" value="square" name="cap_style"/>
              <Option type="QString" value="108,142,191,255" name="color"/>
              <Option type="QString" value="1" name="horizontal_anchor_point"/>
              <Option type="QString" value="bevel" name="joinstyle"/>
              <Option type="QString" value="circle" name="name"/>
              <Option type="QString" value="0,0" name="offset"/>
              <Option type="QString" value="3x:0,0,0,0,0,0" name="offset_map_unit_scale"/>
              <Option type="QString" value="MM" name="offset_unit"/>
              <Option type="QString" value="255,255,255,255" name="outline_color"/>
              <Option type="QString" value="solid" name="outline_style"/>
              <Option type="QString" value="0.3" name="outline_width"/>
              <Option type="QString" value="3x:0,0,0,0,0,0" name="outline_width_map_unit_scale"/>
              <Option type="QString" value="MM" name="outline_width_unit"/>
              <Option type="QString" value="diameter" name="scale_method"/>
              <Option type="QString" value="2.6" name="size"/>
              <Option type="QString" value="3x:0,0,0,0,0,0" name="size_map_unit_scale"/>
              <Option type="QString" value="MM" name="size_unit"/>
              <Option type="QString" value="1" name="vertical_anchor_point"/>
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
                <Option type="QString" value="" name="name"/>
                <Option name="properties"/>
                <Option type="QString" value="collection" name="type"/>
              </Option>
            </data_defined_properties>
          </layer>
        </symbol>
        <symbol alpha="1" type="marker" force_rhr="0" name="14" clip_to_extent="1">
          <data_defined_properties>
            <Option type="Map">
              <Option type="QString" value="" name="name"/>
              <Option name="properties"/>
              <Option type="QString" value="collection" name="type"/>
            </Option>
          </data_defined_properties>
          <layer class="SimpleMarker" locked="0" enabled="1" pass="0">
            <Option type="Map">
              <Option type="QString" value="0" name="angle"/>
              <Option type="QString" value="square" name="cap_style"/>
              <Option type="QString" value="224,32,42,255" name="color"/>
              <Option type="QString" value="1" name="horizontal_anchor_point"/>
              <Option type="QString" value="bevel" name="joinstyle"/>
              <Option type="QString" value="circle" name="name"/>
              <Option type="QString" value="0,0" name="offset"/>
              <Option type="QString" value="3x:0,0,0,0,0,0" name="offset_map_unit_scale"/>
              <Option type="QString" value="MM" name="offset_unit"/>
              <Option type="QString" value="255,255,255,255" name="outline_color"/>
              <Option type="QString" value="solid" name="outline_style"/>
              <Option type="QString" value="0.4" name="outline_width"/>
              <Option type="QString" value="3x:0,0,0,0,0,0" name="outline_width_map_unit_scale"/>
              <Option type="QString" value="MM" name="outline_width_unit"/>
              <Option type="QString" value="diameter" name="scale_method"/>
              <Option type="QString" value="2.6" name="size"/>
              <Option type="QString" value="3x:0,0,0,0,0,0" name="size_map_unit_scale"/>
              <Option type="QString" value="MM" name="size_unit"/>
              <Option type="QString" value="1" name="vertical_anchor_point"/>
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
                <Option type="QString" value="" name="name"/>
                <Option name="properties"/>
                <Option type="QString" value="collection" name="type"/>
              </Option>
            </data_defined_properties>
          </layer>
        </symbol>
        <symbol alpha="1" type="marker" force_rhr="0" name="15" clip_to_extent="1">
          <data_defined_properties>
            <Option type="Map">
              <Option type="QString" value="" name="name"/>
              <Option name="properties"/>
              <Option type="QString" value="collection" name="type"/>
            </Option>
          </data_defined_properties>
          <layer class="SimpleMarker" locked="0" enabled="1" pass="0">
            <Option type="Map">
              <Option type="QString" value="0" name="angle"/>
              <Option type="QString" value="square" name="cap_style"/>
              <Option type="QString" value="157,179,214,255" name="color"/>
              <Option type="QString" value="1" name="horizontal_anchor_point"/>
              <Option type="QString" value="bevel" name="joinstyle"/>
              <Option type="QString" value="circle" name="name"/>
              <Option type="QString" value="0,0" name="offset"/>
              <Option type="QString" value="3x:0,0,0,0,0,0" name="offset_map_unit_scale"/>
              <Option type="QString" value="MM" name="offset_unit"/>
              <Option type="QString" value="255,255,255,255" name="outline_color"/>
              <Option type="QString" value="solid" name="outline_style"/>
              <Option type="QString" value="0.2" name="outline_width"/>
              <Option type="QString" value="3x:0,0,0,0,0,0" name="outline_width_map_unit_scale"/>
              <Option type="QString" value="MM" name="outline_width_unit"/>
              <Option type="QString" value="diameter" name="scale_method"/>
              <Option type="QString" value="1.6" name="size"/>
              <Option type="QString" value="3x:0,0,0,0,0,0" name="size_map_unit_scale"/>
              <Option type="QString" value="MM" name="size_unit"/>
              <Option type="QString" value="1" name="vertical_anchor_point"/>
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
                <Option type="QString" value="" name="name"/>
                <Option name="properties"/>
                <Option type="QString" value="collection" name="type"/>
              </Option>
            </data_defined_properties>
          </layer>
        </symbol>
        <symbol alpha="1" type="marker" force_rhr="0" name="16" clip_to_extent="1">
          <data_defined_properties>
            <Option type="Map">
              <Option type="QString" value="" name="name"/>
              <Option name="properties"/>
              <Option type="QString" value="collection" name="type"/>
            </Option>
          </data_defined_properties>
          <layer class="SimpleMarker" locked="0" enabled="1" pass="0">
            <Option type="Map">
              <Option type="QString" value="0" name="angle"/>
              <Option type="QString" value="square" name="cap_style"/>
              <Option type="QString" value="61,111,182,255" name="color"/>
              <Option type="QString" value="1" name="horizontal_anchor_point"/>
              <Option type="QString" value="bevel" name="joinstyle"/>
              <Option type="QString" value="circle" name="name"/>
              <Option type="QString" value="0,0" name="offset"/>
              <Option type="QString" value="3x:0,0,0,0,0,0" name="offset_map_unit_scale"/>
              <Option type="QString" value="MM" name="offset_unit"/>
              <Option type="QString" value="255,255,255,255" name="outline_color"/>
              <Option type="QString" value="solid" name="outline_style"/>
              <Option type="QString" value="0.4" name="outline_width"/>
              <Option type="QString" value="3x:0,0,0,0,0,0" name="outline_width_map_unit_scale"/>
              <Option type="QString" value="MM" name="outline_width_unit"/>
              <Option type="QString" value="diameter" name="scale_method"/>
              <Option type="QString" value="2.2" name="size"/>
              <Option type="QString" value="3x:0,0,0,0,0,0" name="size_map_unit_scale"/>
              <Option type="QString" value="MM" name="size_unit"/>
              <Option type="QString" value="1" name="vertical_anchor_point"/>
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
                <Option type="QString" value="" name="name"/>
                <Option name="properties"/>
                <Option type="QString" value="collection" name="type"/>
              </Option>
            </data_defined_properties>
          </layer>
        </symbol>
        <symbol alpha="1" type="marker" force_rhr="0" name="2" clip_to_extent="1">
          <data_defined_properties>
            <Option type="Map">
              <Option type="QString" value="" name="name"/>
              <Option name="properties"/>
              <Option type="QString" value="collection" name="type"/>
            </Option>
          </data_defined_properties>
          <layer class="SimpleMarker" locked="0" enabled="1" pass="0">
            <Option type="Map">
              <Option type="QString" value="0" name="angle"/>
              <Option type="QString" value="square" name="cap_style"/>
              <Option type="QString" value="35,163,71,255" name="color"/>
              <Option type="QString" value="1" name="horizontal_anchor_point"/>
              <Option type="QString" value="bevel" name="joinstyle"/>
              <Option type="QString" value="circle" name="name"/>
              <Option type="QString" value="0,0" name="offset"/>
              <Option type="QString" value="3x:0,0,0,0,0,0" name="offset_map_unit_scale"/>
              <Option type="QString" value="MM" name="offset_unit"/>
              <Option type="QString" value="255,255,255,255" name="outline_color"/>
              <Option type="QString" value="solid" name="outline_style"/>
              <Option type="QString" value="0.5" name="outline_width"/>
              <Option type="QString" value="3x:0,0,0,0,0,0" name="outline_width_map_unit_scale"/>
              <Option type="QString" value="MM" name="outline_width_unit"/>
              <Option type="QString" value="diameter" name="scale_method"/>
              <Option type="QString" value="4.2" name="size"/>
              <Option type="QString" value="3x:0,0,0,0,0,0" name="size_map_unit_scale"/>
              <Option type="QString" value="MM" name="size_unit"/>
              <Option type="QString" value="1" name="vertical_anchor_point"/>
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
                <Option type="QString" value="" name="name"/>
                <Option name="properties"/>
                <Option type="QString" value="collection" name="type"/>
              </Option>
            </data_defined_properties>
          </layer>
        </symbol>
        <symbol alpha="1" type="marker" force_rhr="0" name="3" clip_to_extent="1">
          <data_defined_properties>
            <Option type="Map">
              <Option type="QString" value="" name="name"/>
              <Option name="properties"/>
              <Option type="QString" value="collection" name="type"/>
            </Option>
          </data_defined_properties>
          <layer class="SimpleMarker" locked="0" enabled="1" pass="0">
            <Option type="Map">
              <Option type="QString" value="0" name="angle"/>
              <Option type="QString" value="square" name="cap_style"/>
              <Option type="QString" value="224,32,42,255" name="color"/>
              <Option type="QString" value="1" name="horizontal_anchor_point"/>
              <Option type="QString" value="bevel" name="joinstyle"/>
              <Option type="QString" value="diamond" name="name"/>
              <Option type="QString" value="0,0" name="offset"/>
              <Option type="QString" value="3x:0,0,0,0,0,0" name="offset_map_unit_scale"/>
              <Option type="QString" value="MM" name="offset_unit"/>
              <Option type="QString" value="255,255,255,255" name="outline_color"/>
              <Option type="QString" value="solid" name="outline_style"/>
              <Option type="QString" value="0.6" name="outline_width"/>
              <Option type="QString" value="3x:0,0,0,0,0,0" name="outline_width_map_unit_scale"/>
              <Option type="QString" value="MM" name="outline_width_unit"/>
              <Option type="QString" value="diameter" name="scale_method"/>
              <Option type="QString" value="4.8" name="size"/>
              <Option type="QString" value="3x:0,0,0,0,0,0" name="size_map_unit_scale"/>
              <Option type="QString" value="MM" name="size_unit"/>
              <Option type="QString" value="1" name="vertical_anchor_point"/>
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
                <Option type="QString" value="" name="name"/>
                <Option name="properties"/>
                <Option type="QString" value="collection" name="type"/>
              </Option>
            </data_defined_properties>
          </layer>
        </symbol>
        <symbol alpha="1" type="marker" force_rhr="0" name="4" clip_to_extent="1">
          <data_defined_properties>
            <Option type="Map">
              <Option type="QString" value="" name="name"/>
              <Option name="properties"/>
              <Option type="QString" value="collection" name="type"/>
            </Option>
          </data_defined_properties>
          <layer class="SimpleMarker" locked="0" enabled="1" pass="0">
            <Option type="Map">
              <Option type="QString" value="0" name="angle"/>
              <Option type="QString" value="square" name="cap_style"/>
              <Option type="QString" value="242,169,0,255" name="color"/>
              <Option type="QString" value="1" name="horizontal_anchor_point"/>
              <Option type="QString" value="bevel" name="joinstyle"/>
              <Option type="QString" value="diamond" name="name"/>
              <Option type="QString" value="0,0" name="offset"/>
              <Option type="QString" value="3x:0,0,0,0,0,0" name="offset_map_unit_scale"/>
              <Option type="QString" value="MM" name="offset_unit"/>
              <Option type="QString" value="255,255,255,255" name="outline_color"/>
              <Option type="QString" value="solid" name="outline_style"/>
              <Option type="QString" value="0.5" name="outline_width"/>
              <Option type="QString" value="3x:0,0,0,0,0,0" name="outline_width_map_unit_scale"/>
              <Option type="QString" value="MM" name="outline_width_unit"/>
              <Option type="QString" value="diameter" name="scale_method"/>
              <Option type="QString" value="4.2" name="size"/>
              <Option type="QString" value="3x:0,0,0,0,0,0" name="size_map_unit_scale"/>
              <Option type="QString" value="MM" name="size_unit"/>
              <Option type="QString" value="1" name="vertical_anchor_point"/>
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
                <Option type="QString" value="" name="name"/>
                <Option name="properties"/>
                <Option type="QString" value="collection" name="type"/>
              </Option>
            </data_defined_properties>
          </layer>
        </symbol>
        <symbol alpha="1" type="marker" force_rhr="0" name="5" clip_to_extent="1">
          <data_defined_properties>
            <Option type="Map">
              <Option type="QString" value="" name="name"/>
              <Option name="properties"/>
              <Option type="QString" value="collection" name="type"/>
            </Option>
          </data_defined_properties>
          <layer class="SimpleMarker" locked="0" enabled="1" pass="0">
            <Option type="Map">
              <Option type="QString" value="0" name="angle"/>
              <Option type="QString" value="square" name="cap_style"/>
              <Option type="QString" value="35,163,71,255" name="color"/>
              <Option type="QString" value="1" name="horizontal_anchor_point"/>
              <Option type="QString" value="bevel" name="joinstyle"/>
              <Option type="QString" value="diamond" name="name"/>
              <Option type="QString" value="0,0" name="offset"/>
              <Option type="QString" value="3x:0,0,0,0,0,0" name="offset_map_unit_scale"/>
              <Option type="QString" value="MM" name="offset_unit"/>
              <Option type="QString" value="255,255,255,255" name="outline_color"/>
              <Option type="QString" value="solid" name="outline_style"/>
              <Option type="QString" value="0.5" name="outline_width"/>
              <Option type="QString" value="3x:0,0,0,0,0,0" name="outline_width_map_unit_scale"/>
              <Option type="QString" value="MM" name="outline_width_unit"/>
              <Option type="QString" value="diameter" name="scale_method"/>
              <Option type="QString" value="4.2" name="size"/>
              <Option type="QString" value="3x:0,0,0,0,0,0" name="size_map_unit_scale"/>
              <Option type="QString" value="MM" name="size_unit"/>
              <Option type="QString" value="1" name="vertical_anchor_point"/>
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
                <Option type="QString" value="" name="name"/>
                <Option name="properties"/>
                <Option type="QString" value="collection" name="type"/>
              </Option>
            </data_defined_properties>
          </layer>
        </symbol>
        <symbol alpha="1" type="marker" force_rhr="0" name="6" clip_to_extent="1">
          <data_defined_properties>
            <Option type="Map">
              <Option type="QString" value="" name="name"/>
              <Option name="properties"/>
              <Option type="QString" value="collection" name="type"/>
            </Option>
          </data_defined_properties>
          <layer class="SimpleMarker" locked="0" enabled="1" pass="0">
            <Option type="Map">
              <Option type="QString" value="0" name="angle"/>
              <Option type="QString" value="square" name="cap_style"/>
              <Option type="QString" value="224,32,42,255" name="color"/>
              <Option type="QString" value="1" name="horizontal_anchor_point"/>
              <Option type="QString" value="bevel" name="joinstyle"/>
              <Option type="QString" value="square" name="name"/>
              <Option type="QString" value="0,0" name="offset"/>
              <Option type="QString" value="3x:0,0,0,0,0,0" name="offset_map_unit_scale"/>
              <Option type="QString" value="MM" name="offset_unit"/>
              <Option type="QString" value="255,255,255,255" name="outline_color"/>
              <Option type="QString" value="solid" name="outline_style"/>
              <Option type="QString" value="0.6" name="outline_width"/>
              <Option type="QString" value="3x:0,0,0,0,0,0" name="outline_width_map_unit_scale"/>
              <Option type="QString" value="MM" name="outline_width_unit"/>
              <Option type="QString" value="diameter" name="scale_method"/>
              <Option type="QString" value="4.8" name="size"/>
              <Option type="QString" value="3x:0,0,0,0,0,0" name="size_map_unit_scale"/>
              <Option type="QString" value="MM" name="size_unit"/>
              <Option type="QString" value="1" name="vertical_anchor_point"/>
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
                <Option type="QString" value="" name="name"/>
                <Option name="properties"/>
                <Option type="QString" value="collection" name="type"/>
              </Option>
            </data_defined_properties>
          </layer>
        </symbol>
        <symbol alpha="1" type="marker" force_rhr="0" name="7" clip_to_extent="1">
          <data_defined_properties>
            <Option type="Map">
              <Option type="QString" value="" name="name"/>
              <Option name="properties"/>
              <Option type="QString" value="collection" name="type"/>
            </Option>
          </data_defined_properties>
          <layer class="SimpleMarker" locked="0" enabled="1" pass="0">
            <Option type="Map">
              <Option type="QString" value="0" name="angle"/>
              <Option type="QString" value="square" name="cap_style"/>
              <Option type="QString" value="242,169,0,255" name="color"/>
              <Option type="QString" value="1" name="horizontal_anchor_point"/>
              <Option type="QString" value="bevel" name="joinstyle"/>
              <Option type="QString" value="square" name="name"/>
              <Option type="QString" value="0,0" name="offset"/>
              <Option type="QString" value="3x:0,0,0,0,0,0" name="offset_map_unit_scale"/>
              <Option type="QString" value="MM" name="offset_unit"/>
              <Option type="QString" value="255,255,255,255" name="outline_color"/>
              <Option type="QString" value="solid" name="outline_style"/>
              <Option type="QString" value="0.5" name="outline_width"/>
              <Option type="QString" value="3x:0,0,0,0,0,0" name="outline_width_map_unit_scale"/>
              <Option type="QString" value="MM" name="outline_width_unit"/>
              <Option type="QString" value="diameter" name="scale_method"/>
              <Option type="QString" value="4.2" name="size"/>
              <Option type="QString" value="3x:0,0,0,0,0,0" name="size_map_unit_scale"/>
              <Option type="QString" value="MM" name="size_unit"/>
              <Option type="QString" value="1" name="vertical_anchor_point"/>
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
                <Option type="QString" value="" name="name"/>
                <Option name="properties"/>
                <Option type="QString" value="collection" name="type"/>
              </Option>
            </data_defined_properties>
          </layer>
        </symbol>
        <symbol alpha="1" type="marker" force_rhr="0" name="8" clip_to_extent="1">
          <data_defined_properties>
            <Option type="Map">
              <Option type="QString" value="" name="name"/>
              <Option name="properties"/>
              <Option type="QString" value="collection" name="type"/>
            </Option>
          </data_defined_properties>
          <layer class="SimpleMarker" locked="0" enabled="1" pass="0">
            <Option type="Map">
              <Option type="QString" value="0" name="angle"/>
              <Option type="QString" value="square" name="cap_style"/>
              <Option type="QString" value="35,163,71,255" name="color"/>
              <Option type="QString" value="1" name="horizontal_anchor_point"/>
              <Option type="QString" value="bevel" name="joinstyle"/>
              <Option type="QString" value="square" name="name"/>
              <Option type="QString" value="0,0" name="offset"/>
              <Option type="QString" value="3x:0,0,0,0,0,0" name="offset_map_unit_scale"/>
              <Option type="QString" value="MM" name="offset_unit"/>
              <Option type="QString" value="255,255,255,255" name="outline_color"/>
              <Option type="QString" value="solid" name="outline_style"/>
              <Option type="QString" value="0.5" name="outline_width"/>
              <Option type="QString" value="3x:0,0,0,0,0,0" name="outline_width_map_unit_scale"/>
              <Option type="QString" value="MM" name="outline_width_unit"/>
              <Option type="QString" value="diameter" name="scale_method"/>
              <Option type="QString" value="4.2" name="size"/>
              <Option type="QString" value="3x:0,0,0,0,0,0" name="size_map_unit_scale"/>
              <Option type="QString" value="MM" name="size_unit"/>
              <Option type="QString" value="1" name="vertical_anchor_point"/>
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
                <Option type="QString" value="" name="name"/>
                <Option name="properties"/>
                <Option type="QString" value="collection" name="type"/>
              </Option>
            </data_defined_properties>
          </layer>
        </symbol>
        <symbol alpha="1" type="marker" force_rhr="0" name="9" clip_to_extent="1">
          <data_defined_properties>
            <Option type="Map">
              <Option type="QString" value="" name="name"/>
              <Option name="properties"/>
              <Option type="QString" value="collection" name="type"/>
            </Option>
          </data_defined_properties>
          <layer class="SimpleMarker" locked="0" enabled="1" pass="0">
            <Option type="Map">
              <Option type="QString" value="0" name="angle"/>
              <Option type="QString" value="square" name="cap_style"/>
              <Option type="QString" value="224,32,42,255" name="color"/>
              <Option type="QString" value="1" name="horizontal_anchor_point"/>
              <Option type="QString" value="bevel" name="joinstyle"/>
              <Option type="QString" value="triangle" name="name"/>
              <Option type="QString" value="0,0" name="offset"/>
              <Option type="QString" value="3x:0,0,0,0,0,0" name="offset_map_unit_scale"/>
              <Option type="QString" value="MM" name="offset_unit"/>
              <Option type="QString" value="255,255,255,255" name="outline_color"/>
              <Option type="QString" value="solid" name="outline_style"/>
              <Option type="QString" value="0.6" name="outline_width"/>
              <Option type="QString" value="3x:0,0,0,0,0,0" name="outline_width_map_unit_scale"/>
              <Option type="QString" value="MM" name="outline_width_unit"/>
              <Option type="QString" value="diameter" name="scale_method"/>
              <Option type="QString" value="5.2" name="size"/>
              <Option type="QString" value="3x:0,0,0,0,0,0" name="size_map_unit_scale"/>
              <Option type="QString" value="MM" name="size_unit"/>
              <Option type="QString" value="1" name="vertical_anchor_point"/>
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
                <Option type="QString" value="" name="name"/>
                <Option name="properties"/>
                <Option type="QString" value="collection" name="type"/>
              </Option>
            </data_defined_properties>
          </layer>
        </symbol>
      </symbols>
    </renderer-v2>
    <symbol alpha="1" type="marker" force_rhr="0" name="centerSymbol" clip_to_extent="1">
      <data_defined_properties>
        <Option type="Map">
          <Option type="QString" value="" name="name"/>
          <Option name="properties"/>
          <Option type="QString" value="collection" name="type"/>
        </Option>
      </data_defined_properties>
      <layer class="SimpleMarker" locked="0" enabled="1" pass="0">
        <Option type="Map">
          <Option type="QString" value="0" name="angle"/>
          <Option type="QString" value="square" name="cap_style"/>
          <Option type="QString" value="61,111,182,255" name="color"/>
          <Option type="QString" value="1" name="horizontal_anchor_point"/>
          <Option type="QString" value="bevel" name="joinstyle"/>
          <Option type="QString" value="circle" name="name"/>
          <Option type="QString" value="0,0" name="offset"/>
          <Option type="QString" value="3x:0,0,0,0,0,0" name="offset_map_unit_scale"/>
          <Option type="QString" value="MM" name="offset_unit"/>
          <Option type="QString" value="255,255,255,255" name="outline_color"/>
          <Option type="QString" value="solid" name="outline_style"/>
          <Option type="QString" value="0.5" name="outline_width"/>
          <Option type="QString" value="3x:0,0,0,0,0,0" name="outline_width_map_unit_scale"/>
          <Option type="QString" value="MM" name="outline_width_unit"/>
          <Option type="QString" value="diameter" name="scale_method"/>
          <Option type="QString" value="5" name="size"/>
          <Option type="QString" value="3x:0,0,0,0,0,0" name="size_map_unit_scale"/>
          <Option type="QString" value="MM" name="size_unit"/>
          <Option type="QString" value="1" name="vertical_anchor_point"/>
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
            <Option type="QString" value="" name="name"/>
            <Option type="Map" name="properties">
              <Option type="Map" name="fillColor">
                <Option type="bool" value="true" name="active"/>
                <Option type="QString" value="coalesce(@cluster_color, '#3d6fb6')" name="expression"/>
                <Option type="int" value="3" name="type"/>
              </Option>
              <Option type="Map" name="outlineColor">
                <Option type="bool" value="true" name="active"/>
                <Option type="QString" value="if(@cluster_color IS NULL AND @map_scale > 25000, '#e0202a', '#ffffff')" name="expression"/>
                <Option type="int" value="3" name="type"/>
              </Option>
              <Option type="Map" name="outlineWidth">
                <Option type="bool" value="true" name="active"/>
                <Option type="QString" value="if(@cluster_color IS NULL AND @map_scale > 25000, 0.9, 0.5)" name="expression"/>
                <Option type="int" value="3" name="type"/>
              </Option>
              <Option type="Map" name="size">
                <Option type="bool" value="true" name="active"/>
                <Option type="QString" value="min(3.4 + 1.2 * ln(@cluster_size), 9)" name="expression"/>
                <Option type="int" value="3" name="type"/>
              </Option>
            </Option>
            <Option type="QString" value="collection" name="type"/>
          </Option>
        </data_defined_properties>
      </layer>
      <layer class="FontMarker" locked="0" enabled="1" pass="0">
        <Option type="Map">
          <Option type="QString" value="0" name="angle"/>
          <Option type="QString" value="" name="chr"/>
          <Option type="QString" value="255,255,255,255" name="color"/>
          <Option type="QString" value="Sans Serif" name="font"/>
          <Option type="QString" value="Bold" name="font_style"/>
          <Option type="QString" value="1" name="horizontal_anchor_point"/>
          <Option type="QString" value="miter" name="joinstyle"/>
          <Option type="QString" value="0,0" name="offset"/>
          <Option type="QString" value="3x:0,0,0,0,0,0" name="offset_map_unit_scale"/>
          <Option type="QString" value="MM" name="offset_unit"/>
          <Option type="QString" value="255,255,255,255" name="outline_color"/>
          <Option type="QString" value="0" name="outline_width"/>
          <Option type="QString" value="3x:0,0,0,0,0,0" name="outline_width_map_unit_scale"/>
          <Option type="QString" value="MM" name="outline_width_unit"/>
          <Option type="QString" value="2.6" name="size"/>
          <Option type="QString" value="3x:0,0,0,0,0,0" name="size_map_unit_scale"/>
          <Option type="QString" value="MM" name="size_unit"/>
          <Option type="QString" value="1" name="vertical_anchor_point"/>
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
            <Option type="QString" value="" name="name"/>
            <Option type="Map" name="properties">
              <Option type="Map" name="char">
                <Option type="bool" value="true" name="active"/>
                <Option type="QString" value="@cluster_size" name="expression"/>
                <Option type="int" value="3" name="type"/>
              </Option>
              <Option type="Map" name="size">
                <Option type="bool" value="true" name="active"/>
                <Option type="QString" value="if(@cluster_size >= 100, 2.2, 2.6)" name="expression"/>
                <Option type="int" value="3" name="type"/>
              </Option>
            </Option>
            <Option type="QString" value="collection" name="type"/>
          </Option>
        </data_defined_properties>
      </layer>
    </symbol>
    <orderby>
      <orderByClause nullsFirst="0" asc="1">CASE WHEN "light" = 'red' THEN 3 WHEN "light" = 'yellow' THEN 2 WHEN "light" = 'green' THEN 1 ELSE 0 END</orderByClause>
    </orderby>
  </renderer-v2>
  <labeling type="rule-based">
    <rules key="{93e43c1b-7550-44a0-87c3-33dc9d6451ee}">
      <rule description="pins block other labels" key="{8128ebd9-b902-43fa-b768-3b79be0f7d5b}">
        <settings calloutType="simple">
          <text-style useSubstitutions="0" blendMode="0" namedStyle="" fontLetterSpacing="0" fontFamily="Noto Sans CJK SC" fontWeight="50" textOrientation="horizontal" fontSizeMapUnitScale="3x:0,0,0,0,0,0" fontItalic="0" fontUnderline="0" textOpacity="1" fontKerning="1" capitalization="0" allowHtml="0" isExpression="0" fontStrikeout="0" textColor="34,34,34,255" legendString="Aa" previewBkgrdColor="255,255,255,255" fontWordSpacing="0" fontSize="7.5" fontSizeUnit="Point" multilineHeight="1" fieldName="code">
            <families/>
            <text-buffer bufferJoinStyle="128" bufferBlendMode="0" bufferSizeUnits="MM" bufferNoFill="1" bufferOpacity="0.84999999999999998" bufferDraw="1" bufferSizeMapUnitScale="3x:0,0,0,0,0,0" bufferColor="255,255,255,255" bufferSize="0.69999999999999996"/>
            <text-mask maskJoinStyle="128" maskSize="1.5" maskOpacity="1" maskEnabled="0" maskType="0" maskSizeUnits="MM" maskSizeMapUnitScale="3x:0,0,0,0,0,0" maskedSymbolLayers=""/>
            <background shapeBlendMode="0" shapeRotation="0" shapeSizeX="0" shapeBorderWidthMapUnitScale="3x:0,0,0,0,0,0" shapeRadiiUnit="MM" shapeJoinStyle="64" shapeRadiiY="0" shapeRadiiMapUnitScale="3x:0,0,0,0,0,0" shapeBorderColor="128,128,128,255" shapeType="0" shapeRotationType="0" shapeSizeMapUnitScale="3x:0,0,0,0,0,0" shapeOpacity="1" shapeOffsetUnit="MM" shapeOffsetY="0" shapeDraw="0" shapeSVGFile="" shapeOffsetX="0" shapeSizeType="0" shapeSizeUnit="MM" shapeSizeY="0" shapeBorderWidthUnit="MM" shapeBorderWidth="0" shapeOffsetMapUnitScale="3x:0,0,0,0,0,0" shapeRadiiX="0" shapeFillColor="255,255,255,255">
              <symbol alpha="1" type="fill" force_rhr="0" name="fillSymbol" clip_to_extent="1">
                <data_defined_properties>
                  <Option type="Map">
                    <Option type="QString" value="" name="name"/>
                    <Option name="properties"/>
                    <Option type="QString" value="collection" name="type"/>
                  </Option>
                </data_defined_properties>
                <layer class="SimpleFill" locked="0" enabled="1" pass="0">
                  <Option type="Map">
                    <Option type="QString" value="3x:0,0,0,0,0,0" name="border_width_map_unit_scale"/>
                    <Option type="QString" value="255,255,255,255" name="color"/>
                    <Option type="QString" value="bevel" name="joinstyle"/>
                    <Option type="QString" value="0,0" name="offset"/>
                    <Option type="QString" value="3x:0,0,0,0,0,0" name="offset_map_unit_scale"/>
                    <Option type="QString" value="MM" name="offset_unit"/>
                    <Option type="QString" value="128,128,128,255" name="outline_color"/>
                    <Option type="QString" value="no" name="outline_style"/>
                    <Option type="QString" value="0" name="outline_width"/>
                    <Option type="QString" value="MM" name="outline_width_unit"/>
                    <Option type="QString" value="solid" name="style"/>
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
                      <Option type="QString" value="" name="name"/>
                      <Option name="properties"/>
                      <Option type="QString" value="collection" name="type"/>
                    </Option>
                  </data_defined_properties>
                </layer>
              </symbol>
            </background>
            <shadow shadowOffsetGlobal="1" shadowRadiusUnit="MM" shadowRadiusAlphaOnly="0" shadowScale="100" shadowUnder="0" shadowRadiusMapUnitScale="3x:0,0,0,0,0,0" shadowColor="0,0,0,255" shadowOffsetAngle="135" shadowOffsetDist="1" shadowBlendMode="6" shadowDraw="0" shadowOffsetUnit="MM" shadowRadius="1.5" shadowOpacity="0.69999999999999996" shadowOffsetMapUnitScale="3x:0,0,0,0,0,0"/>
            <dd_properties>
              <Option type="Map">
                <Option type="QString" value="" name="name"/>
                <Option name="properties"/>
                <Option type="QString" value="collection" name="type"/>
              </Option>
            </dd_properties>
            <substitutions/>
          </text-style>
          <text-format rightDirectionSymbol=">" plussign="0" useMaxLineLengthForAutoWrap="1" leftDirectionSymbol="&lt;" autoWrapLength="0" reverseDirectionSymbol="0" decimals="3" wrapChar="" addDirectionSymbol="0" placeDirectionSymbol="0" multilineAlign="3" formatNumbers="0"/>
          <placement centroidInside="1" xOffset="0" fitInPolygonOnly="0" predefinedPositionOrder="TR,TL,BR,BL,R,L,TSR,BSR" distMapUnitScale="3x:0,0,0,0,0,0" lineAnchorClipping="0" offsetType="0" yOffset="0" layerType="UnknownGeometry" rotationUnit="AngleDegrees" priority="10" labelOffsetMapUnitScale="3x:0,0,0,0,0,0" distUnits="MM" overrunDistanceMapUnitScale="3x:0,0,0,0,0,0" placement="0" lineAnchorType="0" offsetUnits="MM" placementFlags="10" repeatDistance="0" dist="1.2" overrunDistanceUnit="MM" repeatDistanceMapUnitScale="3x:0,0,0,0,0,0" geometryGenerator="" polygonPlacementFlags="2" repeatDistanceUnits="MM" maxCurvedCharAngleIn="25" maxCurvedCharAngleOut="-25" geometryGeneratorEnabled="0" geometryGeneratorType="PointGeometry" centroidWhole="0" overrunDistance="0" lineAnchorPercent="0.5" preserveRotation="1" quadOffset="4" rotationAngle="0"/>
          <rendering minFeatureSize="0" scaleVisibility="0" fontLimitPixelSize="0" upsidedownLabels="0" obstacleType="1" labelPerPart="0" scaleMax="1000" zIndex="0" obstacle="1" scaleMin="0" maxNumLabels="2000" obstacleFactor="2" displayAll="0" unplacedVisibility="0" limitNumLabels="0" fontMaxPixelSize="10000" fontMinPixelSize="0" mergeLines="0" drawLabels="0"/>
          <dd_properties>
            <Option type="Map">
              <Option type="QString" value="" name="name"/>
              <Option name="properties"/>
              <Option type="QString" value="collection" name="type"/>
            </Option>
          </dd_properties>
          <callout type="simple">
            <Option type="Map">
              <Option type="QString" value="pole_of_inaccessibility" name="anchorPoint"/>
              <Option type="int" value="0" name="blendMode"/>
              <Option type="Map" name="ddProperties">
                <Option type="QString" value="" name="name"/>
                <Option name="properties"/>
                <Option type="QString" value="collection" name="type"/>
              </Option>
              <Option type="bool" value="false" name="drawToAllParts"/>
              <Option type="QString" value="0" name="enabled"/>
              <Option type="QString" value="point_on_exterior" name="labelAnchorPoint"/>
              <Option type="QString" value="&lt;symbol alpha=&quot;1&quot; type=&quot;line&quot; force_rhr=&quot;0&quot; name=&quot;symbol&quot; clip_to_extent=&quot;1&quot;>&lt;data_defined_properties>&lt;Option type=&quot;Map&quot;>&lt;Option type=&quot;QString&quot; value=&quot;&quot; name=&quot;name&quot;/>&lt;Option name=&quot;properties&quot;/>&lt;Option type=&quot;QString&quot; value=&quot;collection&quot; name=&quot;type&quot;/>&lt;/Option>&lt;/data_defined_properties>&lt;layer class=&quot;SimpleLine&quot; locked=&quot;0&quot; enabled=&quot;1&quot; pass=&quot;0&quot;>&lt;Option type=&quot;Map&quot;>&lt;Option type=&quot;QString&quot; value=&quot;0&quot; name=&quot;align_dash_pattern&quot;/>&lt;Option type=&quot;QString&quot; value=&quot;square&quot; name=&quot;capstyle&quot;/>&lt;Option type=&quot;QString&quot; value=&quot;5;2&quot; name=&quot;customdash&quot;/>&lt;Option type=&quot;QString&quot; value=&quot;3x:0,0,0,0,0,0&quot; name=&quot;customdash_map_unit_scale&quot;/>&lt;Option type=&quot;QString&quot; value=&quot;MM&quot; name=&quot;customdash_unit&quot;/>&lt;Option type=&quot;QString&quot; value=&quot;0&quot; name=&quot;dash_pattern_offset&quot;/>&lt;Option type=&quot;QString&quot; value=&quot;3x:0,0,0,0,0,0&quot; name=&quot;dash_pattern_offset_map_unit_scale&quot;/>&lt;Option type=&quot;QString&quot; value=&quot;MM&quot; name=&quot;dash_pattern_offset_unit&quot;/>&lt;Option type=&quot;QString&quot; value=&quot;0&quot; name=&quot;draw_inside_polygon&quot;/>&lt;Option type=&quot;QString&quot; value=&quot;bevel&quot; name=&quot;joinstyle&quot;/>&lt;Option type=&quot;QString&quot; value=&quot;60,60,60,255&quot; name=&quot;line_color&quot;/>&lt;Option type=&quot;QString&quot; value=&quot;solid&quot; name=&quot;line_style&quot;/>&lt;Option type=&quot;QString&quot; value=&quot;0.3&quot; name=&quot;line_width&quot;/>&lt;Option type=&quot;QString&quot; value=&quot;MM&quot; name=&quot;line_width_unit&quot;/>&lt;Option type=&quot;QString&quot; value=&quot;0&quot; name=&quot;offset&quot;/>&lt;Option type=&quot;QString&quot; value=&quot;3x:0,0,0,0,0,0&quot; name=&quot;offset_map_unit_scale&quot;/>&lt;Option type=&quot;QString&quot; value=&quot;MM&quot; name=&quot;offset_unit&quot;/>&lt;Option type=&quot;QString&quot; value=&quot;0&quot; name=&quot;ring_filter&quot;/>&lt;Option type=&quot;QString&quot; value=&quot;0&quot; name=&quot;trim_distance_end&quot;/>&lt;Option type=&quot;QString&quot; value=&quot;3x:0,0,0,0,0,0&quot; name=&quot;trim_distance_end_map_unit_scale&quot;/>&lt;Option type=&quot;QString&quot; value=&quot;MM&quot; name=&quot;trim_distance_end_unit&quot;/>&lt;Option type=&quot;QString&quot; value=&quot;0&quot; name=&quot;trim_distance_start&quot;/>&lt;Option type=&quot;QString&quot; value=&quot;3x:0,0,0,0,0,0&quot; name=&quot;trim_distance_start_map_unit_scale&quot;/>&lt;Option type=&quot;QString&quot; value=&quot;MM&quot; name=&quot;trim_distance_start_unit&quot;/>&lt;Option type=&quot;QString&quot; value=&quot;0&quot; name=&quot;tweak_dash_pattern_on_corners&quot;/>&lt;Option type=&quot;QString&quot; value=&quot;0&quot; name=&quot;use_custom_dash&quot;/>&lt;Option type=&quot;QString&quot; value=&quot;3x:0,0,0,0,0,0&quot; name=&quot;width_map_unit_scale&quot;/>&lt;/Option>&lt;prop k=&quot;align_dash_pattern&quot; v=&quot;0&quot;/>&lt;prop k=&quot;capstyle&quot; v=&quot;square&quot;/>&lt;prop k=&quot;customdash&quot; v=&quot;5;2&quot;/>&lt;prop k=&quot;customdash_map_unit_scale&quot; v=&quot;3x:0,0,0,0,0,0&quot;/>&lt;prop k=&quot;customdash_unit&quot; v=&quot;MM&quot;/>&lt;prop k=&quot;dash_pattern_offset&quot; v=&quot;0&quot;/>&lt;prop k=&quot;dash_pattern_offset_map_unit_scale&quot; v=&quot;3x:0,0,0,0,0,0&quot;/>&lt;prop k=&quot;dash_pattern_offset_unit&quot; v=&quot;MM&quot;/>&lt;prop k=&quot;draw_inside_polygon&quot; v=&quot;0&quot;/>&lt;prop k=&quot;joinstyle&quot; v=&quot;bevel&quot;/>&lt;prop k=&quot;line_color&quot; v=&quot;60,60,60,255&quot;/>&lt;prop k=&quot;line_style&quot; v=&quot;solid&quot;/>&lt;prop k=&quot;line_width&quot; v=&quot;0.3&quot;/>&lt;prop k=&quot;line_width_unit&quot; v=&quot;MM&quot;/>&lt;prop k=&quot;offset&quot; v=&quot;0&quot;/>&lt;prop k=&quot;offset_map_unit_scale&quot; v=&quot;3x:0,0,0,0,0,0&quot;/>&lt;prop k=&quot;offset_unit&quot; v=&quot;MM&quot;/>&lt;prop k=&quot;ring_filter&quot; v=&quot;0&quot;/>&lt;prop k=&quot;trim_distance_end&quot; v=&quot;0&quot;/>&lt;prop k=&quot;trim_distance_end_map_unit_scale&quot; v=&quot;3x:0,0,0,0,0,0&quot;/>&lt;prop k=&quot;trim_distance_end_unit&quot; v=&quot;MM&quot;/>&lt;prop k=&quot;trim_distance_start&quot; v=&quot;0&quot;/>&lt;prop k=&quot;trim_distance_start_map_unit_scale&quot; v=&quot;3x:0,0,0,0,0,0&quot;/>&lt;prop k=&quot;trim_distance_start_unit&quot; v=&quot;MM&quot;/>&lt;prop k=&quot;tweak_dash_pattern_on_corners&quot; v=&quot;0&quot;/>&lt;prop k=&quot;use_custom_dash&quot; v=&quot;0&quot;/>&lt;prop k=&quot;width_map_unit_scale&quot; v=&quot;3x:0,0,0,0,0,0&quot;/>&lt;data_defined_properties>&lt;Option type=&quot;Map&quot;>&lt;Option type=&quot;QString&quot; value=&quot;&quot; name=&quot;name&quot;/>&lt;Option name=&quot;properties&quot;/>&lt;Option type=&quot;QString&quot; value=&quot;collection&quot; name=&quot;type&quot;/>&lt;/Option>&lt;/data_defined_properties>&lt;/layer>&lt;/symbol>" name="lineSymbol"/>
              <Option type="double" value="0" name="minLength"/>
              <Option type="QString" value="3x:0,0,0,0,0,0" name="minLengthMapUnitScale"/>
              <Option type="QString" value="MM" name="minLengthUnit"/>
              <Option type="double" value="0" name="offsetFromAnchor"/>
              <Option type="QString" value="3x:0,0,0,0,0,0" name="offsetFromAnchorMapUnitScale"/>
              <Option type="QString" value="MM" name="offsetFromAnchorUnit"/>
              <Option type="double" value="0" name="offsetFromLabel"/>
              <Option type="QString" value="3x:0,0,0,0,0,0" name="offsetFromLabelMapUnitScale"/>
              <Option type="QString" value="MM" name="offsetFromLabelUnit"/>
            </Option>
          </callout>
        </settings>
      </rule>
      <rule description="case code" key="{bd6fb04d-d749-43a1-971e-972a0b95054b}">
        <settings calloutType="simple">
          <text-style useSubstitutions="0" blendMode="0" namedStyle="" fontLetterSpacing="0" fontFamily="Noto Sans CJK SC" fontWeight="50" textOrientation="horizontal" fontSizeMapUnitScale="3x:0,0,0,0,0,0" fontItalic="0" fontUnderline="0" textOpacity="1" fontKerning="1" capitalization="0" allowHtml="0" isExpression="0" fontStrikeout="0" textColor="34,34,34,255" legendString="Aa" previewBkgrdColor="255,255,255,255" fontWordSpacing="0" fontSize="7.5" fontSizeUnit="Point" multilineHeight="1" fieldName="code">
            <families/>
            <text-buffer bufferJoinStyle="128" bufferBlendMode="0" bufferSizeUnits="MM" bufferNoFill="1" bufferOpacity="0.84999999999999998" bufferDraw="1" bufferSizeMapUnitScale="3x:0,0,0,0,0,0" bufferColor="255,255,255,255" bufferSize="0.69999999999999996"/>
            <text-mask maskJoinStyle="128" maskSize="1.5" maskOpacity="1" maskEnabled="0" maskType="0" maskSizeUnits="MM" maskSizeMapUnitScale="3x:0,0,0,0,0,0" maskedSymbolLayers=""/>
            <background shapeBlendMode="0" shapeRotation="0" shapeSizeX="0" shapeBorderWidthMapUnitScale="3x:0,0,0,0,0,0" shapeRadiiUnit="MM" shapeJoinStyle="64" shapeRadiiY="0" shapeRadiiMapUnitScale="3x:0,0,0,0,0,0" shapeBorderColor="128,128,128,255" shapeType="0" shapeRotationType="0" shapeSizeMapUnitScale="3x:0,0,0,0,0,0" shapeOpacity="1" shapeOffsetUnit="MM" shapeOffsetY="0" shapeDraw="0" shapeSVGFile="" shapeOffsetX="0" shapeSizeType="0" shapeSizeUnit="MM" shapeSizeY="0" shapeBorderWidthUnit="MM" shapeBorderWidth="0" shapeOffsetMapUnitScale="3x:0,0,0,0,0,0" shapeRadiiX="0" shapeFillColor="255,255,255,255">
              <symbol alpha="1" type="fill" force_rhr="0" name="fillSymbol" clip_to_extent="1">
                <data_defined_properties>
                  <Option type="Map">
                    <Option type="QString" value="" name="name"/>
                    <Option name="properties"/>
                    <Option type="QString" value="collection" name="type"/>
                  </Option>
                </data_defined_properties>
                <layer class="SimpleFill" locked="0" enabled="1" pass="0">
                  <Option type="Map">
                    <Option type="QString" value="3x:0,0,0,0,0,0" name="border_width_map_unit_scale"/>
                    <Option type="QString" value="255,255,255,255" name="color"/>
                    <Option type="QString" value="bevel" name="joinstyle"/>
                    <Option type="QString" value="0,0" name="offset"/>
                    <Option type="QString" value="3x:0,0,0,0,0,0" name="offset_map_unit_scale"/>
                    <Option type="QString" value="MM" name="offset_unit"/>
                    <Option type="QString" value="128,128,128,255" name="outline_color"/>
                    <Option type="QString" value="no" name="outline_style"/>
                    <Option type="QString" value="0" name="outline_width"/>
                    <Option type="QString" value="MM" name="outline_width_unit"/>
                    <Option type="QString" value="solid" name="style"/>
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
                      <Option type="QString" value="" name="name"/>
                      <Option name="properties"/>
                      <Option type="QString" value="collection" name="type"/>
                    </Option>
                  </data_defined_properties>
                </layer>
              </symbol>
            </background>
            <shadow shadowOffsetGlobal="1" shadowRadiusUnit="MM" shadowRadiusAlphaOnly="0" shadowScale="100" shadowUnder="0" shadowRadiusMapUnitScale="3x:0,0,0,0,0,0" shadowColor="0,0,0,255" shadowOffsetAngle="135" shadowOffsetDist="1" shadowBlendMode="6" shadowDraw="0" shadowOffsetUnit="MM" shadowRadius="1.5" shadowOpacity="0.69999999999999996" shadowOffsetMapUnitScale="3x:0,0,0,0,0,0"/>
            <dd_properties>
              <Option type="Map">
                <Option type="QString" value="" name="name"/>
                <Option name="properties"/>
                <Option type="QString" value="collection" name="type"/>
              </Option>
            </dd_properties>
            <substitutions/>
          </text-style>
          <text-format rightDirectionSymbol=">" plussign="0" useMaxLineLengthForAutoWrap="1" leftDirectionSymbol="&lt;" autoWrapLength="0" reverseDirectionSymbol="0" decimals="3" wrapChar="" addDirectionSymbol="0" placeDirectionSymbol="0" multilineAlign="3" formatNumbers="0"/>
          <placement centroidInside="1" xOffset="0" fitInPolygonOnly="0" predefinedPositionOrder="TR,TL,BR,BL,R,L,TSR,BSR" distMapUnitScale="3x:0,0,0,0,0,0" lineAnchorClipping="0" offsetType="0" yOffset="0" layerType="UnknownGeometry" rotationUnit="AngleDegrees" priority="10" labelOffsetMapUnitScale="3x:0,0,0,0,0,0" distUnits="MM" overrunDistanceMapUnitScale="3x:0,0,0,0,0,0" placement="0" lineAnchorType="0" offsetUnits="MM" placementFlags="10" repeatDistance="0" dist="1.2" overrunDistanceUnit="MM" repeatDistanceMapUnitScale="3x:0,0,0,0,0,0" geometryGenerator="" polygonPlacementFlags="2" repeatDistanceUnits="MM" maxCurvedCharAngleIn="25" maxCurvedCharAngleOut="-25" geometryGeneratorEnabled="0" geometryGeneratorType="PointGeometry" centroidWhole="0" overrunDistance="0" lineAnchorPercent="0.5" preserveRotation="1" quadOffset="4" rotationAngle="0"/>
          <rendering minFeatureSize="0" scaleVisibility="1" fontLimitPixelSize="0" upsidedownLabels="0" obstacleType="1" labelPerPart="0" scaleMax="1000" zIndex="0" obstacle="1" scaleMin="0" maxNumLabels="2000" obstacleFactor="1" displayAll="0" unplacedVisibility="0" limitNumLabels="0" fontMaxPixelSize="10000" fontMinPixelSize="0" mergeLines="0" drawLabels="1"/>
          <dd_properties>
            <Option type="Map">
              <Option type="QString" value="" name="name"/>
              <Option name="properties"/>
              <Option type="QString" value="collection" name="type"/>
            </Option>
          </dd_properties>
          <callout type="simple">
            <Option type="Map">
              <Option type="QString" value="pole_of_inaccessibility" name="anchorPoint"/>
              <Option type="int" value="0" name="blendMode"/>
              <Option type="Map" name="ddProperties">
                <Option type="QString" value="" name="name"/>
                <Option name="properties"/>
                <Option type="QString" value="collection" name="type"/>
              </Option>
              <Option type="bool" value="false" name="drawToAllParts"/>
              <Option type="QString" value="0" name="enabled"/>
              <Option type="QString" value="point_on_exterior" name="labelAnchorPoint"/>
              <Option type="QString" value="&lt;symbol alpha=&quot;1&quot; type=&quot;line&quot; force_rhr=&quot;0&quot; name=&quot;symbol&quot; clip_to_extent=&quot;1&quot;>&lt;data_defined_properties>&lt;Option type=&quot;Map&quot;>&lt;Option type=&quot;QString&quot; value=&quot;&quot; name=&quot;name&quot;/>&lt;Option name=&quot;properties&quot;/>&lt;Option type=&quot;QString&quot; value=&quot;collection&quot; name=&quot;type&quot;/>&lt;/Option>&lt;/data_defined_properties>&lt;layer class=&quot;SimpleLine&quot; locked=&quot;0&quot; enabled=&quot;1&quot; pass=&quot;0&quot;>&lt;Option type=&quot;Map&quot;>&lt;Option type=&quot;QString&quot; value=&quot;0&quot; name=&quot;align_dash_pattern&quot;/>&lt;Option type=&quot;QString&quot; value=&quot;square&quot; name=&quot;capstyle&quot;/>&lt;Option type=&quot;QString&quot; value=&quot;5;2&quot; name=&quot;customdash&quot;/>&lt;Option type=&quot;QString&quot; value=&quot;3x:0,0,0,0,0,0&quot; name=&quot;customdash_map_unit_scale&quot;/>&lt;Option type=&quot;QString&quot; value=&quot;MM&quot; name=&quot;customdash_unit&quot;/>&lt;Option type=&quot;QString&quot; value=&quot;0&quot; name=&quot;dash_pattern_offset&quot;/>&lt;Option type=&quot;QString&quot; value=&quot;3x:0,0,0,0,0,0&quot; name=&quot;dash_pattern_offset_map_unit_scale&quot;/>&lt;Option type=&quot;QString&quot; value=&quot;MM&quot; name=&quot;dash_pattern_offset_unit&quot;/>&lt;Option type=&quot;QString&quot; value=&quot;0&quot; name=&quot;draw_inside_polygon&quot;/>&lt;Option type=&quot;QString&quot; value=&quot;bevel&quot; name=&quot;joinstyle&quot;/>&lt;Option type=&quot;QString&quot; value=&quot;60,60,60,255&quot; name=&quot;line_color&quot;/>&lt;Option type=&quot;QString&quot; value=&quot;solid&quot; name=&quot;line_style&quot;/>&lt;Option type=&quot;QString&quot; value=&quot;0.3&quot; name=&quot;line_width&quot;/>&lt;Option type=&quot;QString&quot; value=&quot;MM&quot; name=&quot;line_width_unit&quot;/>&lt;Option type=&quot;QString&quot; value=&quot;0&quot; name=&quot;offset&quot;/>&lt;Option type=&quot;QString&quot; value=&quot;3x:0,0,0,0,0,0&quot; name=&quot;offset_map_unit_scale&quot;/>&lt;Option type=&quot;QString&quot; value=&quot;MM&quot; name=&quot;offset_unit&quot;/>&lt;Option type=&quot;QString&quot; value=&quot;0&quot; name=&quot;ring_filter&quot;/>&lt;Option type=&quot;QString&quot; value=&quot;0&quot; name=&quot;trim_distance_end&quot;/>&lt;Option type=&quot;QString&quot; value=&quot;3x:0,0,0,0,0,0&quot; name=&quot;trim_distance_end_map_unit_scale&quot;/>&lt;Option type=&quot;QString&quot; value=&quot;MM&quot; name=&quot;trim_distance_end_unit&quot;/>&lt;Option type=&quot;QString&quot; value=&quot;0&quot; name=&quot;trim_distance_start&quot;/>&lt;Option type=&quot;QString&quot; value=&quot;3x:0,0,0,0,0,0&quot; name=&quot;trim_distance_start_map_unit_scale&quot;/>&lt;Option type=&quot;QString&quot; value=&quot;MM&quot; name=&quot;trim_distance_start_unit&quot;/>&lt;Option type=&quot;QString&quot; value=&quot;0&quot; name=&quot;tweak_dash_pattern_on_corners&quot;/>&lt;Option type=&quot;QString&quot; value=&quot;0&quot; name=&quot;use_custom_dash&quot;/>&lt;Option type=&quot;QString&quot; value=&quot;3x:0,0,0,0,0,0&quot; name=&quot;width_map_unit_scale&quot;/>&lt;/Option>&lt;prop k=&quot;align_dash_pattern&quot; v=&quot;0&quot;/>&lt;prop k=&quot;capstyle&quot; v=&quot;square&quot;/>&lt;prop k=&quot;customdash&quot; v=&quot;5;2&quot;/>&lt;prop k=&quot;customdash_map_unit_scale&quot; v=&quot;3x:0,0,0,0,0,0&quot;/>&lt;prop k=&quot;customdash_unit&quot; v=&quot;MM&quot;/>&lt;prop k=&quot;dash_pattern_offset&quot; v=&quot;0&quot;/>&lt;prop k=&quot;dash_pattern_offset_map_unit_scale&quot; v=&quot;3x:0,0,0,0,0,0&quot;/>&lt;prop k=&quot;dash_pattern_offset_unit&quot; v=&quot;MM&quot;/>&lt;prop k=&quot;draw_inside_polygon&quot; v=&quot;0&quot;/>&lt;prop k=&quot;joinstyle&quot; v=&quot;bevel&quot;/>&lt;prop k=&quot;line_color&quot; v=&quot;60,60,60,255&quot;/>&lt;prop k=&quot;line_style&quot; v=&quot;solid&quot;/>&lt;prop k=&quot;line_width&quot; v=&quot;0.3&quot;/>&lt;prop k=&quot;line_width_unit&quot; v=&quot;MM&quot;/>&lt;prop k=&quot;offset&quot; v=&quot;0&quot;/>&lt;prop k=&quot;offset_map_unit_scale&quot; v=&quot;3x:0,0,0,0,0,0&quot;/>&lt;prop k=&quot;offset_unit&quot; v=&quot;MM&quot;/>&lt;prop k=&quot;ring_filter&quot; v=&quot;0&quot;/>&lt;prop k=&quot;trim_distance_end&quot; v=&quot;0&quot;/>&lt;prop k=&quot;trim_distance_end_map_unit_scale&quot; v=&quot;3x:0,0,0,0,0,0&quot;/>&lt;prop k=&quot;trim_distance_end_unit&quot; v=&quot;MM&quot;/>&lt;prop k=&quot;trim_distance_start&quot; v=&quot;0&quot;/>&lt;prop k=&quot;trim_distance_start_map_unit_scale&quot; v=&quot;3x:0,0,0,0,0,0&quot;/>&lt;prop k=&quot;trim_distance_start_unit&quot; v=&quot;MM&quot;/>&lt;prop k=&quot;tweak_dash_pattern_on_corners&quot; v=&quot;0&quot;/>&lt;prop k=&quot;use_custom_dash&quot; v=&quot;0&quot;/>&lt;prop k=&quot;width_map_unit_scale&quot; v=&quot;3x:0,0,0,0,0,0&quot;/>&lt;data_defined_properties>&lt;Option type=&quot;Map&quot;>&lt;Option type=&quot;QString&quot; value=&quot;&quot; name=&quot;name&quot;/>&lt;Option name=&quot;properties&quot;/>&lt;Option type=&quot;QString&quot; value=&quot;collection&quot; name=&quot;type&quot;/>&lt;/Option>&lt;/data_defined_properties>&lt;/layer>&lt;/symbol>" name="lineSymbol"/>
              <Option type="double" value="0" name="minLength"/>
              <Option type="QString" value="3x:0,0,0,0,0,0" name="minLengthMapUnitScale"/>
              <Option type="QString" value="MM" name="minLengthUnit"/>
              <Option type="double" value="0" name="offsetFromAnchor"/>
              <Option type="QString" value="3x:0,0,0,0,0,0" name="offsetFromAnchorMapUnitScale"/>
              <Option type="QString" value="MM" name="offsetFromAnchorUnit"/>
              <Option type="double" value="0" name="offsetFromLabel"/>
              <Option type="QString" value="3x:0,0,0,0,0,0" name="offsetFromLabelMapUnitScale"/>
              <Option type="QString" value="MM" name="offsetFromLabelUnit"/>
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
    <constraint constraints="0" unique_strength="0" exp_strength="0" field="id" notnull_strength="0"/>
    <constraint constraints="0" unique_strength="0" exp_strength="0" field="code" notnull_strength="0"/>
    <constraint constraints="0" unique_strength="0" exp_strength="0" field="source" notnull_strength="0"/>
    <constraint constraints="0" unique_strength="0" exp_strength="0" field="kind" notnull_strength="0"/>
    <constraint constraints="0" unique_strength="0" exp_strength="0" field="class_code" notnull_strength="0"/>
    <constraint constraints="0" unique_strength="0" exp_strength="0" field="description" notnull_strength="0"/>
    <constraint constraints="0" unique_strength="0" exp_strength="0" field="address" notnull_strength="0"/>
    <constraint constraints="0" unique_strength="0" exp_strength="0" field="urgent" notnull_strength="0"/>
    <constraint constraints="0" unique_strength="0" exp_strength="0" field="component_code" notnull_strength="0"/>
    <constraint constraints="0" unique_strength="0" exp_strength="0" field="x" notnull_strength="0"/>
    <constraint constraints="0" unique_strength="0" exp_strength="0" field="y" notnull_strength="0"/>
    <constraint constraints="0" unique_strength="0" exp_strength="0" field="grid_code" notnull_strength="0"/>
    <constraint constraints="0" unique_strength="0" exp_strength="0" field="community_code" notnull_strength="0"/>
    <constraint constraints="0" unique_strength="0" exp_strength="0" field="street_code" notnull_strength="0"/>
    <constraint constraints="0" unique_strength="0" exp_strength="0" field="district_code" notnull_strength="0"/>
    <constraint constraints="0" unique_strength="0" exp_strength="0" field="level" notnull_strength="0"/>
    <constraint constraints="0" unique_strength="0" exp_strength="0" field="state" notnull_strength="0"/>
    <constraint constraints="0" unique_strength="0" exp_strength="0" field="reporter" notnull_strength="0"/>
    <constraint constraints="0" unique_strength="0" exp_strength="0" field="inspector" notnull_strength="0"/>
    <constraint constraints="0" unique_strength="0" exp_strength="0" field="department_code" notnull_strength="0"/>
    <constraint constraints="0" unique_strength="0" exp_strength="0" field="suggested_department_code" notnull_strength="0"/>
    <constraint constraints="0" unique_strength="0" exp_strength="0" field="last_department_code" notnull_strength="0"/>
    <constraint constraints="0" unique_strength="0" exp_strength="0" field="stage" notnull_strength="0"/>
    <constraint constraints="0" unique_strength="0" exp_strength="0" field="stage_started_at" notnull_strength="0"/>
    <constraint constraints="0" unique_strength="0" exp_strength="0" field="deadline" notnull_strength="0"/>
    <constraint constraints="0" unique_strength="0" exp_strength="0" field="paused_at" notnull_strength="0"/>
    <constraint constraints="0" unique_strength="0" exp_strength="0" field="postponement_until" notnull_strength="0"/>
    <constraint constraints="0" unique_strength="0" exp_strength="0" field="verification_result" notnull_strength="0"/>
    <constraint constraints="0" unique_strength="0" exp_strength="0" field="check_result" notnull_strength="0"/>
    <constraint constraints="0" unique_strength="0" exp_strength="0" field="close_type" notnull_strength="0"/>
    <constraint constraints="0" unique_strength="0" exp_strength="0" field="rework_count" notnull_strength="0"/>
    <constraint constraints="0" unique_strength="0" exp_strength="0" field="return_count" notnull_strength="0"/>
    <constraint constraints="0" unique_strength="0" exp_strength="0" field="urge_count" notnull_strength="0"/>
    <constraint constraints="0" unique_strength="0" exp_strength="0" field="postpone_count" notnull_strength="0"/>
    <constraint constraints="0" unique_strength="0" exp_strength="0" field="registered_at" notnull_strength="0"/>
    <constraint constraints="0" unique_strength="0" exp_strength="0" field="accepted_at" notnull_strength="0"/>
    <constraint constraints="0" unique_strength="0" exp_strength="0" field="accept_late" notnull_strength="0"/>
    <constraint constraints="0" unique_strength="0" exp_strength="0" field="filed_at" notnull_strength="0"/>
    <constraint constraints="0" unique_strength="0" exp_strength="0" field="verify_late" notnull_strength="0"/>
    <constraint constraints="0" unique_strength="0" exp_strength="0" field="dispatched_at" notnull_strength="0"/>
    <constraint constraints="0" unique_strength="0" exp_strength="0" field="dispatch_late" notnull_strength="0"/>
    <constraint constraints="0" unique_strength="0" exp_strength="0" field="handle_deadline" notnull_strength="0"/>
    <constraint constraints="0" unique_strength="0" exp_strength="0" field="handled_at" notnull_strength="0"/>
    <constraint constraints="0" unique_strength="0" exp_strength="0" field="handle_late" notnull_strength="0"/>
    <constraint constraints="0" unique_strength="0" exp_strength="0" field="check_late" notnull_strength="0"/>
    <constraint constraints="0" unique_strength="0" exp_strength="0" field="closed_at" notnull_strength="0"/>
    <constraint constraints="0" unique_strength="0" exp_strength="0" field="updated_at" notnull_strength="0"/>
    <constraint constraints="0" unique_strength="0" exp_strength="0" field="version" notnull_strength="0"/>
    <constraint constraints="0" unique_strength="0" exp_strength="0" field="light" notnull_strength="0"/>
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
    <field type="10" precision="0" typeName="string" name="light" comment="" expression="CASE&#xa; WHEN &quot;state&quot; IN ('closed', 'rejected', 'cancelled', 'suspended') OR &quot;deadline&quot; IS NULL THEN NULL&#xa; WHEN if(@console_now_ms IS NULL, 2 * epoch(now()) - (day(to_date(now()) - to_date('1970-01-01')) * 86400 + hour(now()) * 3600 + minute(now()) * 60 + second(now())) * 1000, @console_now_ms) > epoch(&quot;deadline&quot;) THEN 'red'&#xa; WHEN if(@console_now_ms IS NULL, 2 * epoch(now()) - (day(to_date(now()) - to_date('1970-01-01')) * 86400 + hour(now()) * 3600 + minute(now()) * 60 + second(now())) * 1000, @console_now_ms) > 0.2 * epoch(&quot;stage_started_at&quot;) + 0.8 * epoch(&quot;deadline&quot;) THEN 'yellow'&#xa; ELSE 'green'&#xa;END" length="8" subType="0"/>
  </expressionfields>
  <mapTip></mapTip>
  <layerGeometryType>0</layerGeometryType>
</qgis>
