<!DOCTYPE qgis PUBLIC 'http://mrcc.com/qgis.dtd' 'SYSTEM'>
<qgis styleCategories="Symbology|Labeling|Fields|MapTips|Rendering" hasScaleBasedVisibilityFlag="0" simplifyLocal="1" version="3.22.16-Białowieża" simplifyDrawingHints="1" minScale="100000000" maxScale="0" simplifyAlgorithm="0" symbologyReferenceScale="-1" simplifyDrawingTol="1" simplifyMaxScale="1" labelsEnabled="1">
  <renderer-v2 tolerance="4" forceraster="0" toleranceUnit="MM" toleranceUnitScale="3x:0,0,0,0,0,0" symbollevels="0" enableorderby="1" type="pointCluster" referencescale="-1">
    <renderer-v2 forceraster="0" symbollevels="0" enableorderby="0" type="RuleRenderer" referencescale="-1">
      <rules key="{9819285f-ab76-4750-809a-5a15a2893612}">
        <rule description="street scale: shape = stage, colour = deadline light" label="detail" key="{ceddec52-3a27-43b4-adb0-35cab56c9253}" scalemaxdenom="25000">
          <rule description="受理 (登记/核实/值班长)" label="accept" key="{aec69bed-c6c9-44a2-a9a8-ad96501d9ae4}" filter="&quot;state&quot; IN ('reported', 'verifying', 'adjudicating')">
            <rule description="超期" label="overdue" key="{afb4d7d9-b081-45fd-bd93-aab724a2cb82}" filter="&quot;light&quot; = 'red'" symbol="0"/>
            <rule description="将到期 (>80%)" label="due soon" key="{2d7b1e0e-879d-4be0-9ec8-a96bb47e3df7}" filter="&quot;light&quot; = 'yellow'" symbol="1"/>
            <rule description="正常" label="on time" key="{1ddebd25-33a5-4971-97fc-954110eb03ac}" filter="ELSE" symbol="2"/>
          </rule>
          <rule description="待派遣" label="dispatch" key="{2f47e14c-3876-4787-b29b-d75550316794}" filter="&quot;state&quot; IN ('filed')">
            <rule description="超期" label="overdue" key="{b6a7d3a8-c553-4cda-bbeb-b846d3cca64f}" filter="&quot;light&quot; = 'red'" symbol="3"/>
            <rule description="将到期 (>80%)" label="due soon" key="{9a6aac84-701f-4614-ae6e-3a5a48c5f5cd}" filter="&quot;light&quot; = 'yellow'" symbol="4"/>
            <rule description="正常" label="on time" key="{a84c383b-5e81-4918-a276-8d0c39d8d864}" filter="ELSE" symbol="5"/>
          </rule>
          <rule description="处置/处置反馈" label="handle" key="{ef0a970a-a8b8-4351-8997-0700869ca064}" filter="&quot;state&quot; IN ('dispatched', 'handled')">
            <rule description="超期" label="overdue" key="{407df9ed-227d-4839-8f7a-00e9734fc379}" filter="&quot;light&quot; = 'red'" symbol="6"/>
            <rule description="将到期 (>80%)" label="due soon" key="{ec17252a-2be7-4263-b60d-a54d08adc034}" filter="&quot;light&quot; = 'yellow'" symbol="7"/>
            <rule description="正常" label="on time" key="{8925ab0e-6711-4f2a-91d0-81ac747adb76}" filter="ELSE" symbol="8"/>
          </rule>
          <rule description="核查" label="check" key="{db82c166-4814-42ed-80e0-7d941ff23a31}" filter="&quot;state&quot; IN ('checking')">
            <rule description="超期" label="overdue" key="{6e53c723-51b8-4a84-9dcc-84a3c84f0ef0}" filter="&quot;light&quot; = 'red'" symbol="9"/>
            <rule description="将到期 (>80%)" label="due soon" key="{aa0b2f10-7179-4449-9776-85157c29b3d1}" filter="&quot;light&quot; = 'yellow'" symbol="10"/>
            <rule description="正常" label="on time" key="{1dbe77aa-e383-49e3-ba80-8bad8f0e696c}" filter="ELSE" symbol="11"/>
          </rule>
          <rule description="挂账" label="suspended" key="{35308304-b284-4814-9bab-49cd0eab44ef}" filter="&quot;state&quot; = 'suspended'" symbol="12"/>
          <rule description="已结案/不受理/作废" label="closed" key="{5a775cd0-920e-47b8-b328-037c619b366e}" filter="&quot;state&quot; IN ('closed', 'rejected', 'cancelled')" symbol="13"/>
        </rule>
        <rule description="city scale: overdue red, others blue" label="overview" key="{093c6e0e-8638-4164-bf93-c759093e7014}" scalemindenom="25000">
          <rule description="超期" label="overdue" key="{69dcb0a8-8cf4-426a-ada5-4f64e9e799f6}" filter="&quot;light&quot; = 'red'" symbol="14"/>
          <rule description="已结案/不受理/作废" label="closed" key="{9af73fc7-15d4-4e06-8b5e-2a4fbd6cad96}" filter="&quot;state&quot; IN ('closed', 'rejected', 'cancelled')" symbol="15"/>
          <rule description="未超期" label="open" key="{a7d650db-77ac-4592-bfb7-1d34214a11b8}" filter="ELSE" symbol="16"/>
        </rule>
      </rules>
      <symbols>
        <symbol clip_to_extent="1" force_rhr="0" type="marker" name="0" alpha="1">
          <data_defined_properties>
            <Option type="Map">
              <Option type="QString" name="name" value=""/>
              <Option name="properties"/>
              <Option type="QString" name="type" value="collection"/>
            </Option>
          </data_defined_properties>
          <layer pass="0" enabled="1" class="SimpleMarker" locked="0">
            <Option type="Map">
              <Option type="QString" name="angle" value="0"/>
              <Option type="QString" name="cap_style" value="square"/>
              <Option type="QString" name="color" value="224,32,42,255"/>
              <Option type="QString" name="horizontal_anchor_point" value="1"/>
              <Option type="QString" name="joinstyle" value="bevel"/>
              <Option type="QString" name="name" value="circle"/>
              <Option type="QString" name="offset" value="0,0"/>
              <Option type="QString" name="offset_map_unit_scale" value="3x:0,0,0,0,0,0"/>
              <Option type="QString" name="offset_unit" value="MM"/>
              <Option type="QString" name="outline_color" value="255,255,255,255"/>
              <Option type="QString" name="outline_style" value="solid"/>
              <Option type="QString" name="outline_width" value="0.6"/>
              <Option type="QString" name="outline_width_map_unit_scale" value="3x:0,0,0,0,0,0"/>
              <Option type="QString" name="outline_width_unit" value="MM"/>
              <Option type="QString" name="scale_method" value="diameter"/>
              <Option type="QString" name="size" value="4.8"/>
              <Option type="QString" name="size_map_unit_scale" value="3x:0,0,0,0,0,0"/>
              <Option type="QString" name="size_unit" value="MM"/>
              <Option type="QString" name="vertical_anchor_point" value="1"/>
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
                <Option type="QString" name="name" value=""/>
                <Option name="properties"/>
                <Option type="QString" name="type" value="collection"/>
              </Option>
            </data_defined_properties>
          </layer>
        </symbol>
        <symbol clip_to_extent="1" force_rhr="0" type="marker" name="1" alpha="1">
          <data_defined_properties>
            <Option type="Map">
              <Option type="QString" name="name" value=""/>
              <Option name="properties"/>
              <Option type="QString" name="type" value="collection"/>
            </Option>
          </data_defined_properties>
          <layer pass="0" enabled="1" class="SimpleMarker" locked="0">
            <Option type="Map">
              <Option type="QString" name="angle" value="0"/>
              <Option type="QString" name="cap_style" value="square"/>
              <Option type="QString" name="color" value="242,169,0,255"/>
              <Option type="QString" name="horizontal_anchor_point" value="1"/>
              <Option type="QString" name="joinstyle" value="bevel"/>
              <Option type="QString" name="name" value="circle"/>
              <Option type="QString" name="offset" value="0,0"/>
              <Option type="QString" name="offset_map_unit_scale" value="3x:0,0,0,0,0,0"/>
              <Option type="QString" name="offset_unit" value="MM"/>
              <Option type="QString" name="outline_color" value="255,255,255,255"/>
              <Option type="QString" name="outline_style" value="solid"/>
              <Option type="QString" name="outline_width" value="0.5"/>
              <Option type="QString" name="outline_width_map_unit_scale" value="3x:0,0,0,0,0,0"/>
              <Option type="QString" name="outline_width_unit" value="MM"/>
              <Option type="QString" name="scale_method" value="diameter"/>
              <Option type="QString" name="size" value="4.2"/>
              <Option type="QString" name="size_map_unit_scale" value="3x:0,0,0,0,0,0"/>
              <Option type="QString" name="size_unit" value="MM"/>
              <Option type="QString" name="vertical_anchor_point" value="1"/>
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
                <Option type="QString" name="name" value=""/>
                <Option name="properties"/>
                <Option type="QString" name="type" value="collection"/>
              </Option>
            </data_defined_properties>
          </layer>
        </symbol>
        <symbol clip_to_extent="1" force_rhr="0" type="marker" name="10" alpha="1">
          <data_defined_properties>
            <Option type="Map">
              <Option type="QString" name="name" value=""/>
              <Option name="properties"/>
              <Option type="QString" name="type" value="collection"/>
            </Option>
          </data_defined_properties>
          <layer pass="0" enabled="1" class="SimpleMarker" locked="0">
            <Option type="Map">
              <Option type="QString" name="angle" value="0"/>
              <Option type="QString" name="cap_style" value="square"/>
              <Option type="QString" name="color" value="242,169,0,255"/>
              <Option type="QString" name="horizontal_anchor_point" value="1"/>
              <Option type="QString" name="joinstyle" value="bevel"/>
              <Option type="QString" name="name" value="triangle"/>
              <Option type="QString" name="offset" value="0,0"/>
              <Option type="QString" name="offset_map_unit_scale" value="3x:0,0,0,0,0,0"/>
              <Option type="QString" name="offset_unit" value="MM"/>
              <Option type="QString" name="outline_color" value="255,255,255,255"/>
              <Option type="QString" name="outline_style" value="solid"/>
              <Option type="QString" name="outline_width" value="0.5"/>
              <Option type="QString" name="outline_width_map_unit_scale" value="3x:0,0,0,0,0,0"/>
              <Option type="QString" name="outline_width_unit" value="MM"/>
              <Option type="QString" name="scale_method" value="diameter"/>
              <Option type="QString" name="size" value="4.6"/>
              <Option type="QString" name="size_map_unit_scale" value="3x:0,0,0,0,0,0"/>
              <Option type="QString" name="size_unit" value="MM"/>
              <Option type="QString" name="vertical_anchor_point" value="1"/>
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
                <Option type="QString" name="name" value=""/>
                <Option name="properties"/>
                <Option type="QString" name="type" value="collection"/>
              </Option>
            </data_defined_properties>
          </layer>
        </symbol>
        <symbol clip_to_extent="1" force_rhr="0" type="marker" name="11" alpha="1">
          <data_defined_properties>
            <Option type="Map">
              <Option type="QString" name="name" value=""/>
              <Option name="properties"/>
              <Option type="QString" name="type" value="collection"/>
            </Option>
          </data_defined_properties>
          <layer pass="0" enabled="1" class="SimpleMarker" locked="0">
            <Option type="Map">
              <Option type="QString" name="angle" value="0"/>
              <Option type="QString" name="cap_style" value="square"/>
              <Option type="QString" name="color" value="35,163,71,255"/>
              <Option type="QString" name="horizontal_anchor_point" value="1"/>
              <Option type="QString" name="joinstyle" value="bevel"/>
              <Option type="QString" name="name" value="triangle"/>
              <Option type="QString" name="offset" value="0,0"/>
              <Option type="QString" name="offset_map_unit_scale" value="3x:0,0,0,0,0,0"/>
              <Option type="QString" name="offset_unit" value="MM"/>
              <Option type="QString" name="outline_color" value="255,255,255,255"/>
              <Option type="QString" name="outline_style" value="solid"/>
              <Option type="QString" name="outline_width" value="0.5"/>
              <Option type="QString" name="outline_width_map_unit_scale" value="3x:0,0,0,0,0,0"/>
              <Option type="QString" name="outline_width_unit" value="MM"/>
              <Option type="QString" name="scale_method" value="diameter"/>
              <Option type="QString" name="size" value="4.6"/>
              <Option type="QString" name="size_map_unit_scale" value="3x:0,0,0,0,0,0"/>
              <Option type="QString" name="size_unit" value="MM"/>
              <Option type="QString" name="vertical_anchor_point" value="1"/>
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
                <Option type="QString" name="name" value=""/>
                <Option name="properties"/>
                <Option type="QString" name="type" value="collection"/>
              </Option>
            </data_defined_properties>
          </layer>
        </symbol>
        <symbol clip_to_extent="1" force_rhr="0" type="marker" name="12" alpha="1">
          <data_defined_properties>
            <Option type="Map">
              <Option type="QString" name="name" value=""/>
              <Option name="properties"/>
              <Option type="QString" name="type" value="collection"/>
            </Option>
          </data_defined_properties>
          <layer pass="0" enabled="1" class="SimpleMarker" locked="0">
            <Option type="Map">
              <Option type="QString" name="angle" value="0"/>
              <Option type="QString" name="cap_style" value="square"/>
              <Option type="QString" name="color" value="141,141,141,255"/>
              <Option type="QString" name="horizontal_anchor_point" value="1"/>
              <Option type="QString" name="joinstyle" value="bevel"/>
              <Option type="QString" name="name" value="circle"/>
              <Option type="QString" name="offset" value="0,0"/>
              <Option type="QString" name="offset_map_unit_scale" value="3x:0,0,0,0,0,0"/>
              <Option type="QString" name="offset_unit" value="MM"/>
              <Option type="QString" name="outline_color" value="255,255,255,255"/>
              <Option type="QString" name="outline_style" value="solid"/>
              <Option type="QString" name="outline_width" value="0.5"/>
              <Option type="QString" name="outline_width_map_unit_scale" value="3x:0,0,0,0,0,0"/>
              <Option type="QString" name="outline_width_unit" value="MM"/>
              <Option type="QString" name="scale_method" value="diameter"/>
              <Option type="QString" name="size" value="3.6"/>
              <Option type="QString" name="size_map_unit_scale" value="3x:0,0,0,0,0,0"/>
              <Option type="QString" name="size_unit" value="MM"/>
              <Option type="QString" name="vertical_anchor_point" value="1"/>
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
                <Option type="QString" name="name" value=""/>
                <Option name="properties"/>
                <Option type="QString" name="type" value="collection"/>
              </Option>
            </data_defined_properties>
          </layer>
        </symbol>
        <symbol clip_to_extent="1" force_rhr="0" type="marker" name="13" alpha="1">
          <data_defined_properties>
            <Option type="Map">
              <Option type="QString" name="name" value=""/>
              <Option name="properties"/>
              <Option type="QString" name="type" value="collection"/>
            </Option>
          </data_defined_properties>
          <layer pass="0" enabled="1" class="SimpleMarker" locked="0">
            <Option type="Map">
              <Option type="QString" name="angle" value="0"/>
              <Option type="QString" name="cap_style" value="square"/>
              <Option type="QString" name="color" value="108,142,191,255"/>
              <Option type="QString" name="horizontal_anchor_point" value="1"/>
              <Option type="QString" name="joinstyle" value="bevel"/>
              <Option type="QString" name="name" value="circle"/>
              <Option type="QString" name="offset" value="0,0"/>
              <Option type="QString" name="offset_map_unit_scale" value="3x:0,0,0,0,0,0"/>
              <Option type="QString" name="offset_unit" value="MM"/>
              <Option type="QString" name="outline_color" value="255,255,255,255"/>
              <Option type="QString" name="outline_style" value="solid"/>
              <Option type="QString" name="outline_width" value="0.3"/>
              <Option type="QString" name="outline_width_map_unit_scale" value="3x:0,0,0,0,0,0"/>
              <Option type="QString" name="outline_width_unit" value="MM"/>
              <Option type="QString" name="scale_method" value="diameter"/>
              <Option type="QString" name="size" value="2.6"/>
              <Option type="QString" name="size_map_unit_scale" value="3x:0,0,0,0,0,0"/>
              <Option type="QString" name="size_unit" value="MM"/>
              <Option type="QString" name="vertical_anchor_point" value="1"/>
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
                <Option type="QString" name="name" value=""/>
                <Option name="properties"/>
                <Option type="QString" name="type" value="collection"/>
              </Option>
            </data_defined_properties>
          </layer>
        </symbol>
        <symbol clip_to_extent="1" force_rhr="0" type="marker" name="14" alpha="1">
          <data_defined_properties>
            <Option type="Map">
              <Option type="QString" name="name" value=""/>
              <Option name="properties"/>
              <Option type="QString" name="type" value="collection"/>
            </Option>
          </data_defined_properties>
          <layer pass="0" enabled="1" class="SimpleMarker" locked="0">
            <Option type="Map">
              <Option type="QString" name="angle" value="0"/>
              <Option type="QString" name="cap_style" value="square"/>
              <Option type="QString" name="color" value="224,32,42,255"/>
              <Option type="QString" name="horizontal_anchor_point" value="1"/>
              <Option type="QString" name="joinstyle" value="bevel"/>
              <Option type="QString" name="name" value="circle"/>
              <Option type="QString" name="offset" value="0,0"/>
              <Option type="QString" name="offset_map_unit_scale" value="3x:0,0,0,0,0,0"/>
              <Option type="QString" name="offset_unit" value="MM"/>
              <Option type="QString" name="outline_color" value="255,255,255,255"/>
              <Option type="QString" name="outline_style" value="solid"/>
              <Option type="QString" name="outline_width" value="0.4"/>
              <Option type="QString" name="outline_width_map_unit_scale" value="3x:0,0,0,0,0,0"/>
              <Option type="QString" name="outline_width_unit" value="MM"/>
              <Option type="QString" name="scale_method" value="diameter"/>
              <Option type="QString" name="size" value="2.6"/>
              <Option type="QString" name="size_map_unit_scale" value="3x:0,0,0,0,0,0"/>
              <Option type="QString" name="size_unit" value="MM"/>
              <Option type="QString" name="vertical_anchor_point" value="1"/>
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
                <Option type="QString" name="name" value=""/>
                <Option name="properties"/>
                <Option type="QString" name="type" value="collection"/>
              </Option>
            </data_defined_properties>
          </layer>
        </symbol>
        <symbol clip_to_extent="1" force_rhr="0" type="marker" name="15" alpha="1">
          <data_defined_properties>
            <Option type="Map">
              <Option type="QString" name="name" value=""/>
              <Option name="properties"/>
              <Option type="QString" name="type" value="collection"/>
            </Option>
          </data_defined_properties>
          <layer pass="0" enabled="1" class="SimpleMarker" locked="0">
            <Option type="Map">
              <Option type="QString" name="angle" value="0"/>
              <Option type="QString" name="cap_style" value="square"/>
              <Option type="QString" name="color" value="157,179,214,255"/>
              <Option type="QString" name="horizontal_anchor_point" value="1"/>
              <Option type="QString" name="joinstyle" value="bevel"/>
              <Option type="QString" name="name" value="circle"/>
              <Option type="QString" name="offset" value="0,0"/>
              <Option type="QString" name="offset_map_unit_scale" value="3x:0,0,0,0,0,0"/>
              <Option type="QString" name="offset_unit" value="MM"/>
              <Option type="QString" name="outline_color" value="255,255,255,255"/>
              <Option type="QString" name="outline_style" value="solid"/>
              <Option type="QString" name="outline_width" value="0.2"/>
              <Option type="QString" name="outline_width_map_unit_scale" value="3x:0,0,0,0,0,0"/>
              <Option type="QString" name="outline_width_unit" value="MM"/>
              <Option type="QString" name="scale_method" value="diameter"/>
              <Option type="QString" name="size" value="1.6"/>
              <Option type="QString" name="size_map_unit_scale" value="3x:0,0,0,0,0,0"/>
              <Option type="QString" name="size_unit" value="MM"/>
              <Option type="QString" name="vertical_anchor_point" value="1"/>
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
                <Option type="QString" name="name" value=""/>
                <Option name="properties"/>
                <Option type="QString" name="type" value="collection"/>
              </Option>
            </data_defined_properties>
          </layer>
        </symbol>
        <symbol clip_to_extent="1" force_rhr="0" type="marker" name="16" alpha="1">
          <data_defined_properties>
            <Option type="Map">
              <Option type="QString" name="name" value=""/>
              <Option name="properties"/>
              <Option type="QString" name="type" value="collection"/>
            </Option>
          </data_defined_properties>
          <layer pass="0" enabled="1" class="SimpleMarker" locked="0">
            <Option type="Map">
              <Option type="QString" name="angle" value="0"/>
              <Option type="QString" name="cap_style" value="square"/>
              <Option type="QString" name="color" value="61,111,182,255"/>
              <Option type="QString" name="horizontal_anchor_point" value="1"/>
              <Option type="QString" name="joinstyle" value="bevel"/>
              <Option type="QString" name="name" value="circle"/>
              <Option type="QString" name="offset" value="0,0"/>
              <Option type="QString" name="offset_map_unit_scale" value="3x:0,0,0,0,0,0"/>
              <Option type="QString" name="offset_unit" value="MM"/>
              <Option type="QString" name="outline_color" value="255,255,255,255"/>
              <Option type="QString" name="outline_style" value="solid"/>
              <Option type="QString" name="outline_width" value="0.4"/>
              <Option type="QString" name="outline_width_map_unit_scale" value="3x:0,0,0,0,0,0"/>
              <Option type="QString" name="outline_width_unit" value="MM"/>
              <Option type="QString" name="scale_method" value="diameter"/>
              <Option type="QString" name="size" value="2.2"/>
              <Option type="QString" name="size_map_unit_scale" value="3x:0,0,0,0,0,0"/>
              <Option type="QString" name="size_unit" value="MM"/>
              <Option type="QString" name="vertical_anchor_point" value="1"/>
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
                <Option type="QString" name="name" value=""/>
                <Option name="properties"/>
                <Option type="QString" name="type" value="collection"/>
              </Option>
            </data_defined_properties>
          </layer>
        </symbol>
        <symbol clip_to_extent="1" force_rhr="0" type="marker" name="2" alpha="1">
          <data_defined_properties>
            <Option type="Map">
              <Option type="QString" name="name" value=""/>
              <Option name="properties"/>
              <Option type="QString" name="type" value="collection"/>
            </Option>
          </data_defined_properties>
          <layer pass="0" enabled="1" class="SimpleMarker" locked="0">
            <Option type="Map">
              <Option type="QString" name="angle" value="0"/>
              <Option type="QString" name="cap_style" value="square"/>
              <Option type="QString" name="color" value="35,163,71,255"/>
              <Option type="QString" name="horizontal_anchor_point" value="1"/>
              <Option type="QString" name="joinstyle" value="bevel"/>
              <Option type="QString" name="name" value="circle"/>
              <Option type="QString" name="offset" value="0,0"/>
              <Option type="QString" name="offset_map_unit_scale" value="3x:0,0,0,0,0,0"/>
              <Option type="QString" name="offset_unit" value="MM"/>
              <Option type="QString" name="outline_color" value="255,255,255,255"/>
              <Option type="QString" name="outline_style" value="solid"/>
              <Option type="QString" name="outline_width" value="0.5"/>
              <Option type="QString" name="outline_width_map_unit_scale" value="3x:0,0,0,0,0,0"/>
              <Option type="QString" name="outline_width_unit" value="MM"/>
              <Option type="QString" name="scale_method" value="diameter"/>
              <Option type="QString" name="size" value="4.2"/>
              <Option type="QString" name="size_map_unit_scale" value="3x:0,0,0,0,0,0"/>
              <Option type="QString" name="size_unit" value="MM"/>
              <Option type="QString" name="vertical_anchor_point" value="1"/>
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
                <Option type="QString" name="name" value=""/>
                <Option name="properties"/>
                <Option type="QString" name="type" value="collection"/>
              </Option>
            </data_defined_properties>
          </layer>
        </symbol>
        <symbol clip_to_extent="1" force_rhr="0" type="marker" name="3" alpha="1">
          <data_defined_properties>
            <Option type="Map">
              <Option type="QString" name="name" value=""/>
              <Option name="properties"/>
              <Option type="QString" name="type" value="collection"/>
            </Option>
          </data_defined_properties>
          <layer pass="0" enabled="1" class="SimpleMarker" locked="0">
            <Option type="Map">
              <Option type="QString" name="angle" value="0"/>
              <Option type="QString" name="cap_style" value="square"/>
              <Option type="QString" name="color" value="224,32,42,255"/>
              <Option type="QString" name="horizontal_anchor_point" value="1"/>
              <Option type="QString" name="joinstyle" value="bevel"/>
              <Option type="QString" name="name" value="diamond"/>
              <Option type="QString" name="offset" value="0,0"/>
              <Option type="QString" name="offset_map_unit_scale" value="3x:0,0,0,0,0,0"/>
              <Option type="QString" name="offset_unit" value="MM"/>
              <Option type="QString" name="outline_color" value="255,255,255,255"/>
              <Option type="QString" name="outline_style" value="solid"/>
              <Option type="QString" name="outline_width" value="0.6"/>
              <Option type="QString" name="outline_width_map_unit_scale" value="3x:0,0,0,0,0,0"/>
              <Option type="QString" name="outline_width_unit" value="MM"/>
              <Option type="QString" name="scale_method" value="diameter"/>
              <Option type="QString" name="size" value="4.8"/>
              <Option type="QString" name="size_map_unit_scale" value="3x:0,0,0,0,0,0"/>
              <Option type="QString" name="size_unit" value="MM"/>
              <Option type="QString" name="vertical_anchor_point" value="1"/>
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
                <Option type="QString" name="name" value=""/>
                <Option name="properties"/>
                <Option type="QString" name="type" value="collection"/>
              </Option>
            </data_defined_properties>
          </layer>
        </symbol>
        <symbol clip_to_extent="1" force_rhr="0" type="marker" name="4" alpha="1">
          <data_defined_properties>
            <Option type="Map">
              <Option type="QString" name="name" value=""/>
              <Option name="properties"/>
              <Option type="QString" name="type" value="collection"/>
            </Option>
          </data_defined_properties>
          <layer pass="0" enabled="1" class="SimpleMarker" locked="0">
            <Option type="Map">
              <Option type="QString" name="angle" value="0"/>
              <Option type="QString" name="cap_style" value="square"/>
              <Option type="QString" name="color" value="242,169,0,255"/>
              <Option type="QString" name="horizontal_anchor_point" value="1"/>
              <Option type="QString" name="joinstyle" value="bevel"/>
              <Option type="QString" name="name" value="diamond"/>
              <Option type="QString" name="offset" value="0,0"/>
              <Option type="QString" name="offset_map_unit_scale" value="3x:0,0,0,0,0,0"/>
              <Option type="QString" name="offset_unit" value="MM"/>
              <Option type="QString" name="outline_color" value="255,255,255,255"/>
              <Option type="QString" name="outline_style" value="solid"/>
              <Option type="QString" name="outline_width" value="0.5"/>
              <Option type="QString" name="outline_width_map_unit_scale" value="3x:0,0,0,0,0,0"/>
              <Option type="QString" name="outline_width_unit" value="MM"/>
              <Option type="QString" name="scale_method" value="diameter"/>
              <Option type="QString" name="size" value="4.2"/>
              <Option type="QString" name="size_map_unit_scale" value="3x:0,0,0,0,0,0"/>
              <Option type="QString" name="size_unit" value="MM"/>
              <Option type="QString" name="vertical_anchor_point" value="1"/>
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
                <Option type="QString" name="name" value=""/>
                <Option name="properties"/>
                <Option type="QString" name="type" value="collection"/>
              </Option>
            </data_defined_properties>
          </layer>
        </symbol>
        <symbol clip_to_extent="1" force_rhr="0" type="marker" name="5" alpha="1">
          <data_defined_properties>
            <Option type="Map">
              <Option type="QString" name="name" value=""/>
              <Option name="properties"/>
              <Option type="QString" name="type" value="collection"/>
            </Option>
          </data_defined_properties>
          <layer pass="0" enabled="1" class="SimpleMarker" locked="0">
            <Option type="Map">
              <Option type="QString" name="angle" value="0"/>
              <Option type="QString" name="cap_style" value="square"/>
              <Option type="QString" name="color" value="35,163,71,255"/>
              <Option type="QString" name="horizontal_anchor_point" value="1"/>
              <Option type="QString" name="joinstyle" value="bevel"/>
              <Option type="QString" name="name" value="diamond"/>
              <Option type="QString" name="offset" value="0,0"/>
              <Option type="QString" name="offset_map_unit_scale" value="3x:0,0,0,0,0,0"/>
              <Option type="QString" name="offset_unit" value="MM"/>
              <Option type="QString" name="outline_color" value="255,255,255,255"/>
              <Option type="QString" name="outline_style" value="solid"/>
              <Option type="QString" name="outline_width" value="0.5"/>
              <Option type="QString" name="outline_width_map_unit_scale" value="3x:0,0,0,0,0,0"/>
              <Option type="QString" name="outline_width_unit" value="MM"/>
              <Option type="QString" name="scale_method" value="diameter"/>
              <Option type="QString" name="size" value="4.2"/>
              <Option type="QString" name="size_map_unit_scale" value="3x:0,0,0,0,0,0"/>
              <Option type="QString" name="size_unit" value="MM"/>
              <Option type="QString" name="vertical_anchor_point" value="1"/>
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
                <Option type="QString" name="name" value=""/>
                <Option name="properties"/>
                <Option type="QString" name="type" value="collection"/>
              </Option>
            </data_defined_properties>
          </layer>
        </symbol>
        <symbol clip_to_extent="1" force_rhr="0" type="marker" name="6" alpha="1">
          <data_defined_properties>
            <Option type="Map">
              <Option type="QString" name="name" value=""/>
              <Option name="properties"/>
              <Option type="QString" name="type" value="collection"/>
            </Option>
          </data_defined_properties>
          <layer pass="0" enabled="1" class="SimpleMarker" locked="0">
            <Option type="Map">
              <Option type="QString" name="angle" value="0"/>
              <Option type="QString" name="cap_style" value="square"/>
              <Option type="QString" name="color" value="224,32,42,255"/>
              <Option type="QString" name="horizontal_anchor_point" value="1"/>
              <Option type="QString" name="joinstyle" value="bevel"/>
              <Option type="QString" name="name" value="square"/>
              <Option type="QString" name="offset" value="0,0"/>
              <Option type="QString" name="offset_map_unit_scale" value="3x:0,0,0,0,0,0"/>
              <Option type="QString" name="offset_unit" value="MM"/>
              <Option type="QString" name="outline_color" value="255,255,255,255"/>
              <Option type="QString" name="outline_style" value="solid"/>
              <Option type="QString" name="outline_width" value="0.6"/>
              <Option type="QString" name="outline_width_map_unit_scale" value="3x:0,0,0,0,0,0"/>
              <Option type="QString" name="outline_width_unit" value="MM"/>
              <Option type="QString" name="scale_method" value="diameter"/>
              <Option type="QString" name="size" value="4.8"/>
              <Option type="QString" name="size_map_unit_scale" value="3x:0,0,0,0,0,0"/>
              <Option type="QString" name="size_unit" value="MM"/>
              <Option type="QString" name="vertical_anchor_point" value="1"/>
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
                <Option type="QString" name="name" value=""/>
                <Option name="properties"/>
                <Option type="QString" name="type" value="collection"/>
              </Option>
            </data_defined_properties>
          </layer>
        </symbol>
        <symbol clip_to_extent="1" force_rhr="0" type="marker" name="7" alpha="1">
          <data_defined_properties>
            <Option type="Map">
              <Option type="QString" name="name" value=""/>
              <Option name="properties"/>
              <Option type="QString" name="type" value="collection"/>
            </Option>
          </data_defined_properties>
          <layer pass="0" enabled="1" class="SimpleMarker" locked="0">
            <Option type="Map">
              <Option type="QString" name="angle" value="0"/>
              <Option type="QString" name="cap_style" value="square"/>
              <Option type="QString" name="color" value="242,169,0,255"/>
              <Option type="QString" name="horizontal_anchor_point" value="1"/>
              <Option type="QString" name="joinstyle" value="bevel"/>
              <Option type="QString" name="name" value="square"/>
              <Option type="QString" name="offset" value="0,0"/>
              <Option type="QString" name="offset_map_unit_scale" value="3x:0,0,0,0,0,0"/>
              <Option type="QString" name="offset_unit" value="MM"/>
              <Option type="QString" name="outline_color" value="255,255,255,255"/>
              <Option type="QString" name="outline_style" value="solid"/>
              <Option type="QString" name="outline_width" value="0.5"/>
              <Option type="QString" name="outline_width_map_unit_scale" value="3x:0,0,0,0,0,0"/>
              <Option type="QString" name="outline_width_unit" value="MM"/>
              <Option type="QString" name="scale_method" value="diameter"/>
              <Option type="QString" name="size" value="4.2"/>
              <Option type="QString" name="size_map_unit_scale" value="3x:0,0,0,0,0,0"/>
              <Option type="QString" name="size_unit" value="MM"/>
              <Option type="QString" name="vertical_anchor_point" value="1"/>
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
                <Option type="QString" name="name" value=""/>
                <Option name="properties"/>
                <Option type="QString" name="type" value="collection"/>
              </Option>
            </data_defined_properties>
          </layer>
        </symbol>
        <symbol clip_to_extent="1" force_rhr="0" type="marker" name="8" alpha="1">
          <data_defined_properties>
            <Option type="Map">
              <Option type="QString" name="name" value=""/>
              <Option name="properties"/>
              <Option type="QString" name="type" value="collection"/>
            </Option>
          </data_defined_properties>
          <layer pass="0" enabled="1" class="SimpleMarker" locked="0">
            <Option type="Map">
              <Option type="QString" name="angle" value="0"/>
              <Option type="QString" name="cap_style" value="square"/>
              <Option type="QString" name="color" value="35,163,71,255"/>
              <Option type="QString" name="horizontal_anchor_point" value="1"/>
              <Option type="QString" name="joinstyle" value="bevel"/>
              <Option type="QString" name="name" value="square"/>
              <Option type="QString" name="offset" value="0,0"/>
              <Option type="QString" name="offset_map_unit_scale" value="3x:0,0,0,0,0,0"/>
              <Option type="QString" name="offset_unit" value="MM"/>
              <Option type="QString" name="outline_color" value="255,255,255,255"/>
              <Option type="QString" name="outline_style" value="solid"/>
              <Option type="QString" name="outline_width" value="0.5"/>
              <Option type="QString" name="outline_width_map_unit_scale" value="3x:0,0,0,0,0,0"/>
              <Option type="QString" name="outline_width_unit" value="MM"/>
              <Option type="QString" name="scale_method" value="diameter"/>
              <Option type="QString" name="size" value="4.2"/>
              <Option type="QString" name="size_map_unit_scale" value="3x:0,0,0,0,0,0"/>
              <Option type="QString" name="size_unit" value="MM"/>
              <Option type="QString" name="vertical_anchor_point" value="1"/>
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
                <Option type="QString" name="name" value=""/>
                <Option name="properties"/>
                <Option type="QString" name="type" value="collection"/>
              </Option>
            </data_defined_properties>
          </layer>
        </symbol>
        <symbol clip_to_extent="1" force_rhr="0" type="marker" name="9" alpha="1">
          <data_defined_properties>
            <Option type="Map">
              <Option type="QString" name="name" value=""/>
              <Option name="properties"/>
              <Option type="QString" name="type" value="collection"/>
            </Option>
          </data_defined_properties>
          <layer pass="0" enabled="1" class="SimpleMarker" locked="0">
            <Option type="Map">
              <Option type="QString" name="angle" value="0"/>
              <Option type="QString" name="cap_style" value="square"/>
              <Option type="QString" name="color" value="224,32,42,255"/>
              <Option type="QString" name="horizontal_anchor_point" value="1"/>
              <Option type="QString" name="joinstyle" value="bevel"/>
              <Option type="QString" name="name" value="triangle"/>
              <Option type="QString" name="offset" value="0,0"/>
              <Option type="QString" name="offset_map_unit_scale" value="3x:0,0,0,0,0,0"/>
              <Option type="QString" name="offset_unit" value="MM"/>
              <Option type="QString" name="outline_color" value="255,255,255,255"/>
              <Option type="QString" name="outline_style" value="solid"/>
              <Option type="QString" name="outline_width" value="0.6"/>
              <Option type="QString" name="outline_width_map_unit_scale" value="3x:0,0,0,0,0,0"/>
              <Option type="QString" name="outline_width_unit" value="MM"/>
              <Option type="QString" name="scale_method" value="diameter"/>
              <Option type="QString" name="size" value="5.2"/>
              <Option type="QString" name="size_map_unit_scale" value="3x:0,0,0,0,0,0"/>
              <Option type="QString" name="size_unit" value="MM"/>
              <Option type="QString" name="vertical_anchor_point" value="1"/>
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
                <Option type="QString" name="name" value=""/>
                <Option name="properties"/>
                <Option type="QString" name="type" value="collection"/>
              </Option>
            </data_defined_properties>
          </layer>
        </symbol>
      </symbols>
    </renderer-v2>
    <symbol clip_to_extent="1" force_rhr="0" type="marker" name="centerSymbol" alpha="1">
      <data_defined_properties>
        <Option type="Map">
          <Option type="QString" name="name" value=""/>
          <Option name="properties"/>
          <Option type="QString" name="type" value="collection"/>
        </Option>
      </data_defined_properties>
      <layer pass="0" enabled="1" class="SimpleMarker" locked="0">
        <Option type="Map">
          <Option type="QString" name="angle" value="0"/>
          <Option type="QString" name="cap_style" value="square"/>
          <Option type="QString" name="color" value="61,111,182,255"/>
          <Option type="QString" name="horizontal_anchor_point" value="1"/>
          <Option type="QString" name="joinstyle" value="bevel"/>
          <Option type="QString" name="name" value="circle"/>
          <Option type="QString" name="offset" value="0,0"/>
          <Option type="QString" name="offset_map_unit_scale" value="3x:0,0,0,0,0,0"/>
          <Option type="QString" name="offset_unit" value="MM"/>
          <Option type="QString" name="outline_color" value="255,255,255,255"/>
          <Option type="QString" name="outline_style" value="solid"/>
          <Option type="QString" name="outline_width" value="0.5"/>
          <Option type="QString" name="outline_width_map_unit_scale" value="3x:0,0,0,0,0,0"/>
          <Option type="QString" name="outline_width_unit" value="MM"/>
          <Option type="QString" name="scale_method" value="diameter"/>
          <Option type="QString" name="size" value="5"/>
          <Option type="QString" name="size_map_unit_scale" value="3x:0,0,0,0,0,0"/>
          <Option type="QString" name="size_unit" value="MM"/>
          <Option type="QString" name="vertical_anchor_point" value="1"/>
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
            <Option type="QString" name="name" value=""/>
            <Option type="Map" name="properties">
              <Option type="Map" name="fillColor">
                <Option type="bool" name="active" value="true"/>
                <Option type="QString" name="expression" value="coalesce(@cluster_color, '#3d6fb6')"/>
                <Option type="int" name="type" value="3"/>
              </Option>
              <Option type="Map" name="outlineColor">
                <Option type="bool" name="active" value="true"/>
                <Option type="QString" name="expression" value="if(@cluster_color IS NULL AND @map_scale > 25000, '#e0202a', '#ffffff')"/>
                <Option type="int" name="type" value="3"/>
              </Option>
              <Option type="Map" name="outlineWidth">
                <Option type="bool" name="active" value="true"/>
                <Option type="QString" name="expression" value="if(@cluster_color IS NULL AND @map_scale > 25000, 0.9, 0.5)"/>
                <Option type="int" name="type" value="3"/>
              </Option>
              <Option type="Map" name="size">
                <Option type="bool" name="active" value="true"/>
                <Option type="QString" name="expression" value="min(3.4 + 1.2 * ln(@cluster_size), 9)"/>
                <Option type="int" name="type" value="3"/>
              </Option>
            </Option>
            <Option type="QString" name="type" value="collection"/>
          </Option>
        </data_defined_properties>
      </layer>
      <layer pass="0" enabled="1" class="FontMarker" locked="0">
        <Option type="Map">
          <Option type="QString" name="angle" value="0"/>
          <Option type="QString" name="chr" value=""/>
          <Option type="QString" name="color" value="255,255,255,255"/>
          <Option type="QString" name="font" value="Sans Serif"/>
          <Option type="QString" name="font_style" value="Bold"/>
          <Option type="QString" name="horizontal_anchor_point" value="1"/>
          <Option type="QString" name="joinstyle" value="miter"/>
          <Option type="QString" name="offset" value="0,0"/>
          <Option type="QString" name="offset_map_unit_scale" value="3x:0,0,0,0,0,0"/>
          <Option type="QString" name="offset_unit" value="MM"/>
          <Option type="QString" name="outline_color" value="255,255,255,255"/>
          <Option type="QString" name="outline_width" value="0"/>
          <Option type="QString" name="outline_width_map_unit_scale" value="3x:0,0,0,0,0,0"/>
          <Option type="QString" name="outline_width_unit" value="MM"/>
          <Option type="QString" name="size" value="2.6"/>
          <Option type="QString" name="size_map_unit_scale" value="3x:0,0,0,0,0,0"/>
          <Option type="QString" name="size_unit" value="MM"/>
          <Option type="QString" name="vertical_anchor_point" value="1"/>
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
            <Option type="QString" name="name" value=""/>
            <Option type="Map" name="properties">
              <Option type="Map" name="char">
                <Option type="bool" name="active" value="true"/>
                <Option type="QString" name="expression" value="@cluster_size"/>
                <Option type="int" name="type" value="3"/>
              </Option>
              <Option type="Map" name="size">
                <Option type="bool" name="active" value="true"/>
                <Option type="QString" name="expression" value="if(@cluster_size >= 100, 2.2, 2.6)"/>
                <Option type="int" name="type" value="3"/>
              </Option>
            </Option>
            <Option type="QString" name="type" value="collection"/>
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
      <text-style multilineHeight="1" fontWordSpacing="0" textColor="34,34,34,255" textOrientation="horizontal" fontItalic="0" fontLetterSpacing="0" previewBkgrdColor="255,255,255,255" fontWeight="50" isExpression="0" legendString="Aa" fieldName="code" fontStrikeout="0" fontFamily="Noto Sans CJK SC" fontUnderline="0" capitalization="0" fontSizeMapUnitScale="3x:0,0,0,0,0,0" textOpacity="1" blendMode="0" allowHtml="0" fontKerning="1" namedStyle="" useSubstitutions="0" fontSize="7.5" fontSizeUnit="Point">
        <families/>
        <text-buffer bufferColor="255,255,255,255" bufferOpacity="0.84999999999999998" bufferNoFill="1" bufferJoinStyle="128" bufferBlendMode="0" bufferSizeMapUnitScale="3x:0,0,0,0,0,0" bufferDraw="1" bufferSize="0.69999999999999996" bufferSizeUnits="MM"/>
        <text-mask maskSizeUnits="MM" maskEnabled="0" maskedSymbolLayers="" maskSize="1.5" maskType="0" maskJoinStyle="128" maskSizeMapUnitScale="3x:0,0,0,0,0,0" maskOpacity="1"/>
        <background shapeSizeMapUnitScale="3x:0,0,0,0,0,0" shapeBorderWidth="0" shapeFillColor="255,255,255,255" shapeRadiiY="0" shapeType="0" shapeRotation="0" shapeSizeType="0" shapeJoinStyle="64" shapeRadiiX="0" shapeOffsetUnit="MM" shapeBorderWidthMapUnitScale="3x:0,0,0,0,0,0" shapeSizeX="0" shapeBorderColor="128,128,128,255" shapeOpacity="1" shapeOffsetX="0" shapeSizeY="0" shapeSizeUnit="MM" shapeRotationType="0" shapeOffsetMapUnitScale="3x:0,0,0,0,0,0" shapeRadiiMapUnitScale="3x:0,0,0,0,0,0" shapeSVGFile="" shapeOffsetY="0" shapeBorderWidthUnit="MM" shapeRadiiUnit="MM" shapeBlendMode="0" shapeDraw="0">
          <symbol clip_to_extent="1" force_rhr="0" type="fill" name="fillSymbol" alpha="1">
            <data_defined_properties>
              <Option type="Map">
                <Option type="QString" name="name" value=""/>
                <Option name="properties"/>
                <Option type="QString" name="type" value="collection"/>
              </Option>
            </data_defined_properties>
            <layer pass="0" enabled="1" class="SimpleFill" locked="0">
              <Option type="Map">
                <Option type="QString" name="border_width_map_unit_scale" value="3x:0,0,0,0,0,0"/>
                <Option type="QString" name="color" value="255,255,255,255"/>
                <Option type="QString" name="joinstyle" value="bevel"/>
                <Option type="QString" name="offset" value="0,0"/>
                <Option type="QString" name="offset_map_unit_scale" value="3x:0,0,0,0,0,0"/>
                <Option type="QString" name="offset_unit" value="MM"/>
                <Option type="QString" name="outline_color" value="128,128,128,255"/>
                <Option type="QString" name="outline_style" value="no"/>
                <Option type="QString" name="outline_width" value="0"/>
                <Option type="QString" name="outline_width_unit" value="MM"/>
                <Option type="QString" name="style" value="solid"/>
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
                  <Option type="QString" name="name" value=""/>
                  <Option name="properties"/>
                  <Option type="QString" name="type" value="collection"/>
                </Option>
              </data_defined_properties>
            </layer>
          </symbol>
        </background>
        <shadow shadowRadius="1.5" shadowBlendMode="6" shadowOffsetMapUnitScale="3x:0,0,0,0,0,0" shadowUnder="0" shadowColor="0,0,0,255" shadowRadiusUnit="MM" shadowRadiusAlphaOnly="0" shadowRadiusMapUnitScale="3x:0,0,0,0,0,0" shadowOffsetGlobal="1" shadowDraw="0" shadowOffsetUnit="MM" shadowOpacity="0.69999999999999996" shadowOffsetAngle="135" shadowOffsetDist="1" shadowScale="100"/>
        <dd_properties>
          <Option type="Map">
            <Option type="QString" name="name" value=""/>
            <Option name="properties"/>
            <Option type="QString" name="type" value="collection"/>
          </Option>
        </dd_properties>
        <substitutions/>
      </text-style>
      <text-format useMaxLineLengthForAutoWrap="1" leftDirectionSymbol="&lt;" multilineAlign="3" placeDirectionSymbol="0" autoWrapLength="0" wrapChar="" addDirectionSymbol="0" rightDirectionSymbol=">" formatNumbers="0" decimals="3" reverseDirectionSymbol="0" plussign="0"/>
      <placement lineAnchorClipping="0" fitInPolygonOnly="0" layerType="UnknownGeometry" distMapUnitScale="3x:0,0,0,0,0,0" placementFlags="10" lineAnchorPercent="0.5" repeatDistance="0" centroidInside="1" quadOffset="4" predefinedPositionOrder="TR,TL,BR,BL,R,L,TSR,BSR" maxCurvedCharAngleOut="-25" lineAnchorType="0" offsetType="0" xOffset="0" labelOffsetMapUnitScale="3x:0,0,0,0,0,0" distUnits="MM" repeatDistanceUnits="MM" overrunDistanceMapUnitScale="3x:0,0,0,0,0,0" polygonPlacementFlags="2" rotationAngle="0" centroidWhole="0" priority="10" maxCurvedCharAngleIn="25" overrunDistance="0" geometryGeneratorType="PointGeometry" rotationUnit="AngleDegrees" repeatDistanceMapUnitScale="3x:0,0,0,0,0,0" geometryGenerator="" yOffset="0" preserveRotation="1" overrunDistanceUnit="MM" geometryGeneratorEnabled="0" offsetUnits="MM" placement="0" dist="1.2"/>
      <rendering minFeatureSize="0" scaleMax="2500" fontLimitPixelSize="0" fontMinPixelSize="0" drawLabels="1" obstacle="1" mergeLines="0" obstacleType="1" scaleMin="0" labelPerPart="0" fontMaxPixelSize="10000" scaleVisibility="1" limitNumLabels="0" maxNumLabels="2000" unplacedVisibility="0" zIndex="0" obstacleFactor="1" displayAll="0" upsidedownLabels="0"/>
      <dd_properties>
        <Option type="Map">
          <Option type="QString" name="name" value=""/>
          <Option name="properties"/>
          <Option type="QString" name="type" value="collection"/>
        </Option>
      </dd_properties>
      <callout type="simple">
        <Option type="Map">
          <Option type="QString" name="anchorPoint" value="pole_of_inaccessibility"/>
          <Option type="int" name="blendMode" value="0"/>
          <Option type="Map" name="ddProperties">
            <Option type="QString" name="name" value=""/>
            <Option name="properties"/>
            <Option type="QString" name="type" value="collection"/>
          </Option>
          <Option type="bool" name="drawToAllParts" value="false"/>
          <Option type="QString" name="enabled" value="0"/>
          <Option type="QString" name="labelAnchorPoint" value="point_on_exterior"/>
          <Option type="QString" name="lineSymbol" value="&lt;symbol clip_to_extent=&quot;1&quot; force_rhr=&quot;0&quot; type=&quot;line&quot; name=&quot;symbol&quot; alpha=&quot;1&quot;>&lt;data_defined_properties>&lt;Option type=&quot;Map&quot;>&lt;Option type=&quot;QString&quot; name=&quot;name&quot; value=&quot;&quot;/>&lt;Option name=&quot;properties&quot;/>&lt;Option type=&quot;QString&quot; name=&quot;type&quot; value=&quot;collection&quot;/>&lt;/Option>&lt;/data_defined_properties>&lt;layer pass=&quot;0&quot; enabled=&quot;1&quot; class=&quot;SimpleLine&quot; locked=&quot;0&quot;>&lt;Option type=&quot;Map&quot;>&lt;Option type=&quot;QString&quot; name=&quot;align_dash_pattern&quot; value=&quot;0&quot;/>&lt;Option type=&quot;QString&quot; name=&quot;capstyle&quot; value=&quot;square&quot;/>&lt;Option type=&quot;QString&quot; name=&quot;customdash&quot; value=&quot;5;2&quot;/>&lt;Option type=&quot;QString&quot; name=&quot;customdash_map_unit_scale&quot; value=&quot;3x:0,0,0,0,0,0&quot;/>&lt;Option type=&quot;QString&quot; name=&quot;customdash_unit&quot; value=&quot;MM&quot;/>&lt;Option type=&quot;QString&quot; name=&quot;dash_pattern_offset&quot; value=&quot;0&quot;/>&lt;Option type=&quot;QString&quot; name=&quot;dash_pattern_offset_map_unit_scale&quot; value=&quot;3x:0,0,0,0,0,0&quot;/>&lt;Option type=&quot;QString&quot; name=&quot;dash_pattern_offset_unit&quot; value=&quot;MM&quot;/>&lt;Option type=&quot;QString&quot; name=&quot;draw_inside_polygon&quot; value=&quot;0&quot;/>&lt;Option type=&quot;QString&quot; name=&quot;joinstyle&quot; value=&quot;bevel&quot;/>&lt;Option type=&quot;QString&quot; name=&quot;line_color&quot; value=&quot;60,60,60,255&quot;/>&lt;Option type=&quot;QString&quot; name=&quot;line_style&quot; value=&quot;solid&quot;/>&lt;Option type=&quot;QString&quot; name=&quot;line_width&quot; value=&quot;0.3&quot;/>&lt;Option type=&quot;QString&quot; name=&quot;line_width_unit&quot; value=&quot;MM&quot;/>&lt;Option type=&quot;QString&quot; name=&quot;offset&quot; value=&quot;0&quot;/>&lt;Option type=&quot;QString&quot; name=&quot;offset_map_unit_scale&quot; value=&quot;3x:0,0,0,0,0,0&quot;/>&lt;Option type=&quot;QString&quot; name=&quot;offset_unit&quot; value=&quot;MM&quot;/>&lt;Option type=&quot;QString&quot; name=&quot;ring_filter&quot; value=&quot;0&quot;/>&lt;Option type=&quot;QString&quot; name=&quot;trim_distance_end&quot; value=&quot;0&quot;/>&lt;Option type=&quot;QString&quot; name=&quot;trim_distance_end_map_unit_scale&quot; value=&quot;3x:0,0,0,0,0,0&quot;/>&lt;Option type=&quot;QString&quot; name=&quot;trim_distance_end_unit&quot; value=&quot;MM&quot;/>&lt;Option type=&quot;QString&quot; name=&quot;trim_distance_start&quot; value=&quot;0&quot;/>&lt;Option type=&quot;QString&quot; name=&quot;trim_distance_start_map_unit_scale&quot; value=&quot;3x:0,0,0,0,0,0&quot;/>&lt;Option type=&quot;QString&quot; name=&quot;trim_distance_start_unit&quot; value=&quot;MM&quot;/>&lt;Option type=&quot;QString&quot; name=&quot;tweak_dash_pattern_on_corners&quot; value=&quot;0&quot;/>&lt;Option type=&quot;QString&quot; name=&quot;use_custom_dash&quot; value=&quot;0&quot;/>&lt;Option type=&quot;QString&quot; name=&quot;width_map_unit_scale&quot; value=&quot;3x:0,0,0,0,0,0&quot;/>&lt;/Option>&lt;prop k=&quot;align_dash_pattern&quot; v=&quot;0&quot;/>&lt;prop k=&quot;capstyle&quot; v=&quot;square&quot;/>&lt;prop k=&quot;customdash&quot; v=&quot;5;2&quot;/>&lt;prop k=&quot;customdash_map_unit_scale&quot; v=&quot;3x:0,0,0,0,0,0&quot;/>&lt;prop k=&quot;customdash_unit&quot; v=&quot;MM&quot;/>&lt;prop k=&quot;dash_pattern_offset&quot; v=&quot;0&quot;/>&lt;prop k=&quot;dash_pattern_offset_map_unit_scale&quot; v=&quot;3x:0,0,0,0,0,0&quot;/>&lt;prop k=&quot;dash_pattern_offset_unit&quot; v=&quot;MM&quot;/>&lt;prop k=&quot;draw_inside_polygon&quot; v=&quot;0&quot;/>&lt;prop k=&quot;joinstyle&quot; v=&quot;bevel&quot;/>&lt;prop k=&quot;line_color&quot; v=&quot;60,60,60,255&quot;/>&lt;prop k=&quot;line_style&quot; v=&quot;solid&quot;/>&lt;prop k=&quot;line_width&quot; v=&quot;0.3&quot;/>&lt;prop k=&quot;line_width_unit&quot; v=&quot;MM&quot;/>&lt;prop k=&quot;offset&quot; v=&quot;0&quot;/>&lt;prop k=&quot;offset_map_unit_scale&quot; v=&quot;3x:0,0,0,0,0,0&quot;/>&lt;prop k=&quot;offset_unit&quot; v=&quot;MM&quot;/>&lt;prop k=&quot;ring_filter&quot; v=&quot;0&quot;/>&lt;prop k=&quot;trim_distance_end&quot; v=&quot;0&quot;/>&lt;prop k=&quot;trim_distance_end_map_unit_scale&quot; v=&quot;3x:0,0,0,0,0,0&quot;/>&lt;prop k=&quot;trim_distance_end_unit&quot; v=&quot;MM&quot;/>&lt;prop k=&quot;trim_distance_start&quot; v=&quot;0&quot;/>&lt;prop k=&quot;trim_distance_start_map_unit_scale&quot; v=&quot;3x:0,0,0,0,0,0&quot;/>&lt;prop k=&quot;trim_distance_start_unit&quot; v=&quot;MM&quot;/>&lt;prop k=&quot;tweak_dash_pattern_on_corners&quot; v=&quot;0&quot;/>&lt;prop k=&quot;use_custom_dash&quot; v=&quot;0&quot;/>&lt;prop k=&quot;width_map_unit_scale&quot; v=&quot;3x:0,0,0,0,0,0&quot;/>&lt;data_defined_properties>&lt;Option type=&quot;Map&quot;>&lt;Option type=&quot;QString&quot; name=&quot;name&quot; value=&quot;&quot;/>&lt;Option name=&quot;properties&quot;/>&lt;Option type=&quot;QString&quot; name=&quot;type&quot; value=&quot;collection&quot;/>&lt;/Option>&lt;/data_defined_properties>&lt;/layer>&lt;/symbol>"/>
          <Option type="double" name="minLength" value="0"/>
          <Option type="QString" name="minLengthMapUnitScale" value="3x:0,0,0,0,0,0"/>
          <Option type="QString" name="minLengthUnit" value="MM"/>
          <Option type="double" name="offsetFromAnchor" value="0"/>
          <Option type="QString" name="offsetFromAnchorMapUnitScale" value="3x:0,0,0,0,0,0"/>
          <Option type="QString" name="offsetFromAnchorUnit" value="MM"/>
          <Option type="double" name="offsetFromLabel" value="0"/>
          <Option type="QString" name="offsetFromLabelMapUnitScale" value="3x:0,0,0,0,0,0"/>
          <Option type="QString" name="offsetFromLabelUnit" value="MM"/>
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
    <alias field="light" index="48" name=""/>
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
    <constraint field="id" constraints="0" unique_strength="0" notnull_strength="0" exp_strength="0"/>
    <constraint field="code" constraints="0" unique_strength="0" notnull_strength="0" exp_strength="0"/>
    <constraint field="source" constraints="0" unique_strength="0" notnull_strength="0" exp_strength="0"/>
    <constraint field="kind" constraints="0" unique_strength="0" notnull_strength="0" exp_strength="0"/>
    <constraint field="class_code" constraints="0" unique_strength="0" notnull_strength="0" exp_strength="0"/>
    <constraint field="description" constraints="0" unique_strength="0" notnull_strength="0" exp_strength="0"/>
    <constraint field="address" constraints="0" unique_strength="0" notnull_strength="0" exp_strength="0"/>
    <constraint field="urgent" constraints="0" unique_strength="0" notnull_strength="0" exp_strength="0"/>
    <constraint field="component_code" constraints="0" unique_strength="0" notnull_strength="0" exp_strength="0"/>
    <constraint field="x" constraints="0" unique_strength="0" notnull_strength="0" exp_strength="0"/>
    <constraint field="y" constraints="0" unique_strength="0" notnull_strength="0" exp_strength="0"/>
    <constraint field="grid_code" constraints="0" unique_strength="0" notnull_strength="0" exp_strength="0"/>
    <constraint field="community_code" constraints="0" unique_strength="0" notnull_strength="0" exp_strength="0"/>
    <constraint field="street_code" constraints="0" unique_strength="0" notnull_strength="0" exp_strength="0"/>
    <constraint field="district_code" constraints="0" unique_strength="0" notnull_strength="0" exp_strength="0"/>
    <constraint field="level" constraints="0" unique_strength="0" notnull_strength="0" exp_strength="0"/>
    <constraint field="state" constraints="0" unique_strength="0" notnull_strength="0" exp_strength="0"/>
    <constraint field="reporter" constraints="0" unique_strength="0" notnull_strength="0" exp_strength="0"/>
    <constraint field="inspector" constraints="0" unique_strength="0" notnull_strength="0" exp_strength="0"/>
    <constraint field="department_code" constraints="0" unique_strength="0" notnull_strength="0" exp_strength="0"/>
    <constraint field="suggested_department_code" constraints="0" unique_strength="0" notnull_strength="0" exp_strength="0"/>
    <constraint field="last_department_code" constraints="0" unique_strength="0" notnull_strength="0" exp_strength="0"/>
    <constraint field="stage" constraints="0" unique_strength="0" notnull_strength="0" exp_strength="0"/>
    <constraint field="stage_started_at" constraints="0" unique_strength="0" notnull_strength="0" exp_strength="0"/>
    <constraint field="deadline" constraints="0" unique_strength="0" notnull_strength="0" exp_strength="0"/>
    <constraint field="paused_at" constraints="0" unique_strength="0" notnull_strength="0" exp_strength="0"/>
    <constraint field="postponement_until" constraints="0" unique_strength="0" notnull_strength="0" exp_strength="0"/>
    <constraint field="verification_result" constraints="0" unique_strength="0" notnull_strength="0" exp_strength="0"/>
    <constraint field="check_result" constraints="0" unique_strength="0" notnull_strength="0" exp_strength="0"/>
    <constraint field="close_type" constraints="0" unique_strength="0" notnull_strength="0" exp_strength="0"/>
    <constraint field="rework_count" constraints="0" unique_strength="0" notnull_strength="0" exp_strength="0"/>
    <constraint field="return_count" constraints="0" unique_strength="0" notnull_strength="0" exp_strength="0"/>
    <constraint field="urge_count" constraints="0" unique_strength="0" notnull_strength="0" exp_strength="0"/>
    <constraint field="postpone_count" constraints="0" unique_strength="0" notnull_strength="0" exp_strength="0"/>
    <constraint field="registered_at" constraints="0" unique_strength="0" notnull_strength="0" exp_strength="0"/>
    <constraint field="accepted_at" constraints="0" unique_strength="0" notnull_strength="0" exp_strength="0"/>
    <constraint field="accept_late" constraints="0" unique_strength="0" notnull_strength="0" exp_strength="0"/>
    <constraint field="filed_at" constraints="0" unique_strength="0" notnull_strength="0" exp_strength="0"/>
    <constraint field="verify_late" constraints="0" unique_strength="0" notnull_strength="0" exp_strength="0"/>
    <constraint field="dispatched_at" constraints="0" unique_strength="0" notnull_strength="0" exp_strength="0"/>
    <constraint field="dispatch_late" constraints="0" unique_strength="0" notnull_strength="0" exp_strength="0"/>
    <constraint field="handle_deadline" constraints="0" unique_strength="0" notnull_strength="0" exp_strength="0"/>
    <constraint field="handled_at" constraints="0" unique_strength="0" notnull_strength="0" exp_strength="0"/>
    <constraint field="handle_late" constraints="0" unique_strength="0" notnull_strength="0" exp_strength="0"/>
    <constraint field="check_late" constraints="0" unique_strength="0" notnull_strength="0" exp_strength="0"/>
    <constraint field="closed_at" constraints="0" unique_strength="0" notnull_strength="0" exp_strength="0"/>
    <constraint field="updated_at" constraints="0" unique_strength="0" notnull_strength="0" exp_strength="0"/>
    <constraint field="version" constraints="0" unique_strength="0" notnull_strength="0" exp_strength="0"/>
    <constraint field="light" constraints="0" unique_strength="0" notnull_strength="0" exp_strength="0"/>
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
    <field precision="0" comment="" length="8" expression="CASE&#xa; WHEN &quot;state&quot; IN ('closed', 'rejected', 'cancelled', 'suspended') OR &quot;deadline&quot; IS NULL THEN NULL&#xa; WHEN if(@console_now_ms IS NULL, 2 * epoch(now()) - (day(to_date(now()) - to_date('1970-01-01')) * 86400 + hour(now()) * 3600 + minute(now()) * 60 + second(now())) * 1000, @console_now_ms) > epoch(&quot;deadline&quot;) THEN 'red'&#xa; WHEN if(@console_now_ms IS NULL, 2 * epoch(now()) - (day(to_date(now()) - to_date('1970-01-01')) * 86400 + hour(now()) * 3600 + minute(now()) * 60 + second(now())) * 1000, @console_now_ms) > 0.2 * epoch(&quot;stage_started_at&quot;) + 0.8 * epoch(&quot;deadline&quot;) THEN 'yellow'&#xa; ELSE 'green'&#xa;END" typeName="string" subType="0" name="light" type="10"/>
  </expressionfields>
  <mapTip></mapTip>
  <layerGeometryType>0</layerGeometryType>
</qgis>
