<!DOCTYPE qgis PUBLIC 'http://mrcc.com/qgis.dtd' 'SYSTEM'>
<qgis styleCategories="Symbology|Labeling|Fields|MapTips|Rendering" simplifyDrawingTol="1" minScale="100000000" maxScale="0" symbologyReferenceScale="-1" version="3.22.16-Białowieża" simplifyDrawingHints="1" simplifyLocal="1" labelsEnabled="1" simplifyMaxScale="1" hasScaleBasedVisibilityFlag="0" simplifyAlgorithm="0">
  <renderer-v2 referencescale="-1" type="RuleRenderer" enableorderby="0" forceraster="0" symbollevels="0">
    <rules key="{d5254ab4-f23a-434e-8fc5-73cbdfe87566}">
      <rule key="{395c7090-acf7-4944-949b-1fd217ffb55c}" label="Overdue pins (street scale)" scalemaxdenom="25000">
        <rule filter="&quot;light&quot; = 'red' AND &quot;state&quot; IN ('reported', 'verifying', 'adjudicating')" symbol="0" key="{1f97a3ee-5020-45ef-9552-22ecdfbc398d}" label="Awaiting acceptance" scalemaxdenom="25000" description="超期 · 受理 (登记/核实/值班长)"/>
        <rule filter="&quot;light&quot; = 'red' AND &quot;state&quot; IN ('filed')" symbol="1" key="{e2a91f8a-7ad4-4ba6-a5ed-83c067488b97}" label="Awaiting dispatch" scalemaxdenom="25000" description="超期 · 待派遣"/>
        <rule filter="&quot;light&quot; = 'red' AND &quot;state&quot; IN ('dispatched', 'handled')" symbol="2" key="{8432d09f-7bad-440c-a2d6-e83d02ba444e}" label="With a department" scalemaxdenom="25000" description="超期 · 处置/处置反馈"/>
        <rule filter="&quot;light&quot; = 'red' AND &quot;state&quot; IN ('awaiting_check', 'checking', 'arbitrating')" symbol="3" key="{eaca0d83-d090-4005-8e7a-c15ad3015065}" label="Under inspection" scalemaxdenom="25000" description="超期 · 核查 (待核查/核查中/结案仲裁)"/>
      </rule>
      <rule filter="&quot;light&quot; = 'red'" symbol="4" key="{15624613-727b-4be0-804f-14b81aad6d0f}" label="Overdue (city scale, never clustered)" scalemindenom="25000" description="超期：不参与聚合"/>
    </rules>
    <symbols>
      <symbol type="marker" force_rhr="0" clip_to_extent="1" name="0" alpha="1">
        <data_defined_properties>
          <Option type="Map">
            <Option type="QString" value="" name="name"/>
            <Option name="properties"/>
            <Option type="QString" value="collection" name="type"/>
          </Option>
        </data_defined_properties>
        <layer pass="0" class="SimpleMarker" locked="0" enabled="1">
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
              <Option type="QString" value="" name="name"/>
              <Option name="properties"/>
              <Option type="QString" value="collection" name="type"/>
            </Option>
          </data_defined_properties>
        </layer>
      </symbol>
      <symbol type="marker" force_rhr="0" clip_to_extent="1" name="1" alpha="1">
        <data_defined_properties>
          <Option type="Map">
            <Option type="QString" value="" name="name"/>
            <Option name="properties"/>
            <Option type="QString" value="collection" name="type"/>
          </Option>
        </data_defined_properties>
        <layer pass="0" class="SimpleMarker" locked="0" enabled="1">
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
              <Option type="QString" value="" name="name"/>
              <Option name="properties"/>
              <Option type="QString" value="collection" name="type"/>
            </Option>
          </data_defined_properties>
        </layer>
      </symbol>
      <symbol type="marker" force_rhr="0" clip_to_extent="1" name="2" alpha="1">
        <data_defined_properties>
          <Option type="Map">
            <Option type="QString" value="" name="name"/>
            <Option name="properties"/>
            <Option type="QString" value="collection" name="type"/>
          </Option>
        </data_defined_properties>
        <layer pass="0" class="SimpleMarker" locked="0" enabled="1">
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
              <Option type="QString" value="" name="name"/>
              <Option name="properties"/>
              <Option type="QString" value="collection" name="type"/>
            </Option>
          </data_defined_properties>
        </layer>
      </symbol>
      <symbol type="marker" force_rhr="0" clip_to_extent="1" name="3" alpha="1">
        <data_defined_properties>
          <Option type="Map">
            <Option type="QString" value="" name="name"/>
            <Option name="properties"/>
            <Option type="QString" value="collection" name="type"/>
          </Option>
        </data_defined_properties>
        <layer pass="0" class="SimpleMarker" locked="0" enabled="1">
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
              <Option type="QString" value="" name="name"/>
              <Option name="properties"/>
              <Option type="QString" value="collection" name="type"/>
            </Option>
          </data_defined_properties>
        </layer>
      </symbol>
      <symbol type="marker" force_rhr="0" clip_to_extent="1" name="4" alpha="1">
        <data_defined_properties>
          <Option type="Map">
            <Option type="QString" value="" name="name"/>
            <Option name="properties"/>
            <Option type="QString" value="collection" name="type"/>
          </Option>
        </data_defined_properties>
        <layer pass="0" class="SimpleMarker" locked="0" enabled="1">
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
            <Option type="QString" value="0.5" name="outline_width"/>
            <Option type="QString" value="3x:0,0,0,0,0,0" name="outline_width_map_unit_scale"/>
            <Option type="QString" value="MM" name="outline_width_unit"/>
            <Option type="QString" value="diameter" name="scale_method"/>
            <Option type="QString" value="2.8" name="size"/>
            <Option type="QString" value="3x:0,0,0,0,0,0" name="size_map_unit_scale"/>
            <Option type="QString" value="MM" name="size_unit"/>
            <Option type="QString" value="1" name="vertical_anchor_point"/>
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
          <prop v="0.5" k="outline_width"/>
          <prop v="3x:0,0,0,0,0,0" k="outline_width_map_unit_scale"/>
          <prop v="MM" k="outline_width_unit"/>
          <prop v="diameter" k="scale_method"/>
          <prop v="2.8" k="size"/>
          <prop v="3x:0,0,0,0,0,0" k="size_map_unit_scale"/>
          <prop v="MM" k="size_unit"/>
          <prop v="1" k="vertical_anchor_point"/>
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
  <labeling type="rule-based">
    <rules key="{49777dfd-572c-4d2a-8354-6f5993ff760d}">
      <rule key="{db31f32a-944e-4ae9-bb0d-ac5371f7b534}" scalemaxdenom="25000" description="overdue pins block other labels">
        <settings calloutType="simple">
          <text-style multilineHeight="1" capitalization="0" fontStrikeout="0" legendString="Aa" fontKerning="1" useSubstitutions="0" textOrientation="horizontal" fontWeight="50" fontUnderline="0" fieldName="code" fontFamily="Noto Sans CJK SC" fontWordSpacing="0" namedStyle="" textColor="155,17,30,255" fontSizeMapUnitScale="3x:0,0,0,0,0,0" previewBkgrdColor="255,255,255,255" allowHtml="0" isExpression="0" fontSize="7.5" blendMode="0" fontItalic="0" fontSizeUnit="Point" fontLetterSpacing="0" textOpacity="1">
            <families/>
            <text-buffer bufferJoinStyle="128" bufferSizeMapUnitScale="3x:0,0,0,0,0,0" bufferNoFill="1" bufferColor="255,255,255,255" bufferSize="0.69999999999999996" bufferBlendMode="0" bufferDraw="1" bufferSizeUnits="MM" bufferOpacity="0.84999999999999998"/>
            <text-mask maskSizeUnits="MM" maskJoinStyle="128" maskSizeMapUnitScale="3x:0,0,0,0,0,0" maskOpacity="1" maskedSymbolLayers="" maskEnabled="0" maskType="0" maskSize="1.5"/>
            <background shapeRadiiX="0" shapeSizeType="0" shapeSizeY="0" shapeSizeMapUnitScale="3x:0,0,0,0,0,0" shapeDraw="0" shapeOffsetMapUnitScale="3x:0,0,0,0,0,0" shapeBorderWidthMapUnitScale="3x:0,0,0,0,0,0" shapeBorderColor="128,128,128,255" shapeSizeUnit="MM" shapeRotation="0" shapeType="0" shapeRotationType="0" shapeOpacity="1" shapeJoinStyle="64" shapeRadiiY="0" shapeSVGFile="" shapeRadiiUnit="MM" shapeBorderWidth="0" shapeBorderWidthUnit="MM" shapeRadiiMapUnitScale="3x:0,0,0,0,0,0" shapeFillColor="255,255,255,255" shapeBlendMode="0" shapeSizeX="0" shapeOffsetUnit="MM" shapeOffsetX="0" shapeOffsetY="0">
              <symbol type="fill" force_rhr="0" clip_to_extent="1" name="fillSymbol" alpha="1">
                <data_defined_properties>
                  <Option type="Map">
                    <Option type="QString" value="" name="name"/>
                    <Option name="properties"/>
                    <Option type="QString" value="collection" name="type"/>
                  </Option>
                </data_defined_properties>
                <layer pass="0" class="SimpleFill" locked="0" enabled="1">
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
                      <Option type="QString" value="" name="name"/>
                      <Option name="properties"/>
                      <Option type="QString" value="collection" name="type"/>
                    </Option>
                  </data_defined_properties>
                </layer>
              </symbol>
            </background>
            <shadow shadowRadiusMapUnitScale="3x:0,0,0,0,0,0" shadowDraw="0" shadowRadius="1.5" shadowColor="0,0,0,255" shadowBlendMode="6" shadowScale="100" shadowRadiusAlphaOnly="0" shadowOffsetMapUnitScale="3x:0,0,0,0,0,0" shadowOffsetUnit="MM" shadowRadiusUnit="MM" shadowOffsetAngle="135" shadowOffsetDist="1" shadowOpacity="0.69999999999999996" shadowUnder="0" shadowOffsetGlobal="1"/>
            <dd_properties>
              <Option type="Map">
                <Option type="QString" value="" name="name"/>
                <Option name="properties"/>
                <Option type="QString" value="collection" name="type"/>
              </Option>
            </dd_properties>
            <substitutions/>
          </text-style>
          <text-format wrapChar="" decimals="3" useMaxLineLengthForAutoWrap="1" addDirectionSymbol="0" rightDirectionSymbol=">" reverseDirectionSymbol="0" placeDirectionSymbol="0" formatNumbers="0" plussign="0" multilineAlign="3" autoWrapLength="0" leftDirectionSymbol="&lt;"/>
          <placement xOffset="0" geometryGeneratorEnabled="0" repeatDistanceUnits="MM" distUnits="MM" placement="0" rotationUnit="AngleDegrees" distMapUnitScale="3x:0,0,0,0,0,0" dist="1.2" offsetUnits="MM" placementFlags="10" offsetType="0" preserveRotation="1" geometryGenerator="" layerType="UnknownGeometry" labelOffsetMapUnitScale="3x:0,0,0,0,0,0" geometryGeneratorType="PointGeometry" repeatDistanceMapUnitScale="3x:0,0,0,0,0,0" maxCurvedCharAngleIn="25" rotationAngle="0" overrunDistanceMapUnitScale="3x:0,0,0,0,0,0" polygonPlacementFlags="2" lineAnchorType="0" quadOffset="4" lineAnchorPercent="0.5" centroidInside="1" overrunDistanceUnit="MM" yOffset="0" fitInPolygonOnly="0" centroidWhole="0" overrunDistance="0" priority="10" repeatDistance="0" lineAnchorClipping="0" predefinedPositionOrder="TR,TL,BR,BL,R,L,TSR,BSR" maxCurvedCharAngleOut="-25"/>
          <rendering fontMaxPixelSize="10000" obstacleFactor="2" limitNumLabels="0" minFeatureSize="0" mergeLines="0" maxNumLabels="2000" displayAll="0" drawLabels="0" scaleMax="25000" fontLimitPixelSize="0" scaleMin="0" upsidedownLabels="0" unplacedVisibility="0" fontMinPixelSize="0" zIndex="0" obstacle="1" labelPerPart="0" scaleVisibility="1" obstacleType="1"/>
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
              <Option type="QString" value="&lt;symbol type=&quot;line&quot; force_rhr=&quot;0&quot; clip_to_extent=&quot;1&quot; name=&quot;symbol&quot; alpha=&quot;1&quot;>&lt;data_defined_properties>&lt;Option type=&quot;Map&quot;>&lt;Option type=&quot;QString&quot; value=&quot;&quot; name=&quot;name&quot;/>&lt;Option name=&quot;properties&quot;/>&lt;Option type=&quot;QString&quot; value=&quot;collection&quot; name=&quot;type&quot;/>&lt;/Option>&lt;/data_defined_properties>&lt;layer pass=&quot;0&quot; class=&quot;SimpleLine&quot; locked=&quot;0&quot; enabled=&quot;1&quot;>&lt;Option type=&quot;Map&quot;>&lt;Option type=&quot;QString&quot; value=&quot;0&quot; name=&quot;align_dash_pattern&quot;/>&lt;Option type=&quot;QString&quot; value=&quot;square&quot; name=&quot;capstyle&quot;/>&lt;Option type=&quot;QString&quot; value=&quot;5;2&quot; name=&quot;customdash&quot;/>&lt;Option type=&quot;QString&quot; value=&quot;3x:0,0,0,0,0,0&quot; name=&quot;customdash_map_unit_scale&quot;/>&lt;Option type=&quot;QString&quot; value=&quot;MM&quot; name=&quot;customdash_unit&quot;/>&lt;Option type=&quot;QString&quot; value=&quot;0&quot; name=&quot;dash_pattern_offset&quot;/>&lt;Option type=&quot;QString&quot; value=&quot;3x:0,0,0,0,0,0&quot; name=&quot;dash_pattern_offset_map_unit_scale&quot;/>&lt;Option type=&quot;QString&quot; value=&quot;MM&quot; name=&quot;dash_pattern_offset_unit&quot;/>&lt;Option type=&quot;QString&quot; value=&quot;0&quot; name=&quot;draw_inside_polygon&quot;/>&lt;Option type=&quot;QString&quot; value=&quot;bevel&quot; name=&quot;joinstyle&quot;/>&lt;Option type=&quot;QString&quot; value=&quot;60,60,60,255&quot; name=&quot;line_color&quot;/>&lt;Option type=&quot;QString&quot; value=&quot;solid&quot; name=&quot;line_style&quot;/>&lt;Option type=&quot;QString&quot; value=&quot;0.3&quot; name=&quot;line_width&quot;/>&lt;Option type=&quot;QString&quot; value=&quot;MM&quot; name=&quot;line_width_unit&quot;/>&lt;Option type=&quot;QString&quot; value=&quot;0&quot; name=&quot;offset&quot;/>&lt;Option type=&quot;QString&quot; value=&quot;3x:0,0,0,0,0,0&quot; name=&quot;offset_map_unit_scale&quot;/>&lt;Option type=&quot;QString&quot; value=&quot;MM&quot; name=&quot;offset_unit&quot;/>&lt;Option type=&quot;QString&quot; value=&quot;0&quot; name=&quot;ring_filter&quot;/>&lt;Option type=&quot;QString&quot; value=&quot;0&quot; name=&quot;trim_distance_end&quot;/>&lt;Option type=&quot;QString&quot; value=&quot;3x:0,0,0,0,0,0&quot; name=&quot;trim_distance_end_map_unit_scale&quot;/>&lt;Option type=&quot;QString&quot; value=&quot;MM&quot; name=&quot;trim_distance_end_unit&quot;/>&lt;Option type=&quot;QString&quot; value=&quot;0&quot; name=&quot;trim_distance_start&quot;/>&lt;Option type=&quot;QString&quot; value=&quot;3x:0,0,0,0,0,0&quot; name=&quot;trim_distance_start_map_unit_scale&quot;/>&lt;Option type=&quot;QString&quot; value=&quot;MM&quot; name=&quot;trim_distance_start_unit&quot;/>&lt;Option type=&quot;QString&quot; value=&quot;0&quot; name=&quot;tweak_dash_pattern_on_corners&quot;/>&lt;Option type=&quot;QString&quot; value=&quot;0&quot; name=&quot;use_custom_dash&quot;/>&lt;Option type=&quot;QString&quot; value=&quot;3x:0,0,0,0,0,0&quot; name=&quot;width_map_unit_scale&quot;/>&lt;/Option>&lt;prop v=&quot;0&quot; k=&quot;align_dash_pattern&quot;/>&lt;prop v=&quot;square&quot; k=&quot;capstyle&quot;/>&lt;prop v=&quot;5;2&quot; k=&quot;customdash&quot;/>&lt;prop v=&quot;3x:0,0,0,0,0,0&quot; k=&quot;customdash_map_unit_scale&quot;/>&lt;prop v=&quot;MM&quot; k=&quot;customdash_unit&quot;/>&lt;prop v=&quot;0&quot; k=&quot;dash_pattern_offset&quot;/>&lt;prop v=&quot;3x:0,0,0,0,0,0&quot; k=&quot;dash_pattern_offset_map_unit_scale&quot;/>&lt;prop v=&quot;MM&quot; k=&quot;dash_pattern_offset_unit&quot;/>&lt;prop v=&quot;0&quot; k=&quot;draw_inside_polygon&quot;/>&lt;prop v=&quot;bevel&quot; k=&quot;joinstyle&quot;/>&lt;prop v=&quot;60,60,60,255&quot; k=&quot;line_color&quot;/>&lt;prop v=&quot;solid&quot; k=&quot;line_style&quot;/>&lt;prop v=&quot;0.3&quot; k=&quot;line_width&quot;/>&lt;prop v=&quot;MM&quot; k=&quot;line_width_unit&quot;/>&lt;prop v=&quot;0&quot; k=&quot;offset&quot;/>&lt;prop v=&quot;3x:0,0,0,0,0,0&quot; k=&quot;offset_map_unit_scale&quot;/>&lt;prop v=&quot;MM&quot; k=&quot;offset_unit&quot;/>&lt;prop v=&quot;0&quot; k=&quot;ring_filter&quot;/>&lt;prop v=&quot;0&quot; k=&quot;trim_distance_end&quot;/>&lt;prop v=&quot;3x:0,0,0,0,0,0&quot; k=&quot;trim_distance_end_map_unit_scale&quot;/>&lt;prop v=&quot;MM&quot; k=&quot;trim_distance_end_unit&quot;/>&lt;prop v=&quot;0&quot; k=&quot;trim_distance_start&quot;/>&lt;prop v=&quot;3x:0,0,0,0,0,0&quot; k=&quot;trim_distance_start_map_unit_scale&quot;/>&lt;prop v=&quot;MM&quot; k=&quot;trim_distance_start_unit&quot;/>&lt;prop v=&quot;0&quot; k=&quot;tweak_dash_pattern_on_corners&quot;/>&lt;prop v=&quot;0&quot; k=&quot;use_custom_dash&quot;/>&lt;prop v=&quot;3x:0,0,0,0,0,0&quot; k=&quot;width_map_unit_scale&quot;/>&lt;data_defined_properties>&lt;Option type=&quot;Map&quot;>&lt;Option type=&quot;QString&quot; value=&quot;&quot; name=&quot;name&quot;/>&lt;Option name=&quot;properties&quot;/>&lt;Option type=&quot;QString&quot; value=&quot;collection&quot; name=&quot;type&quot;/>&lt;/Option>&lt;/data_defined_properties>&lt;/layer>&lt;/symbol>" name="lineSymbol"/>
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
      <rule key="{4ebe5c65-64c7-4010-8fe6-e1c9b47f09e1}" description="case code">
        <settings calloutType="simple">
          <text-style multilineHeight="1" capitalization="0" fontStrikeout="0" legendString="Aa" fontKerning="1" useSubstitutions="0" textOrientation="horizontal" fontWeight="50" fontUnderline="0" fieldName="code" fontFamily="Noto Sans CJK SC" fontWordSpacing="0" namedStyle="" textColor="155,17,30,255" fontSizeMapUnitScale="3x:0,0,0,0,0,0" previewBkgrdColor="255,255,255,255" allowHtml="0" isExpression="0" fontSize="7.5" blendMode="0" fontItalic="0" fontSizeUnit="Point" fontLetterSpacing="0" textOpacity="1">
            <families/>
            <text-buffer bufferJoinStyle="128" bufferSizeMapUnitScale="3x:0,0,0,0,0,0" bufferNoFill="1" bufferColor="255,255,255,255" bufferSize="0.69999999999999996" bufferBlendMode="0" bufferDraw="1" bufferSizeUnits="MM" bufferOpacity="0.84999999999999998"/>
            <text-mask maskSizeUnits="MM" maskJoinStyle="128" maskSizeMapUnitScale="3x:0,0,0,0,0,0" maskOpacity="1" maskedSymbolLayers="" maskEnabled="0" maskType="0" maskSize="1.5"/>
            <background shapeRadiiX="0" shapeSizeType="0" shapeSizeY="0" shapeSizeMapUnitScale="3x:0,0,0,0,0,0" shapeDraw="0" shapeOffsetMapUnitScale="3x:0,0,0,0,0,0" shapeBorderWidthMapUnitScale="3x:0,0,0,0,0,0" shapeBorderColor="128,128,128,255" shapeSizeUnit="MM" shapeRotation="0" shapeType="0" shapeRotationType="0" shapeOpacity="1" shapeJoinStyle="64" shapeRadiiY="0" shapeSVGFile="" shapeRadiiUnit="MM" shapeBorderWidth="0" shapeBorderWidthUnit="MM" shapeRadiiMapUnitScale="3x:0,0,0,0,0,0" shapeFillColor="255,255,255,255" shapeBlendMode="0" shapeSizeX="0" shapeOffsetUnit="MM" shapeOffsetX="0" shapeOffsetY="0">
              <symbol type="fill" force_rhr="0" clip_to_extent="1" name="fillSymbol" alpha="1">
                <data_defined_properties>
                  <Option type="Map">
                    <Option type="QString" value="" name="name"/>
                    <Option name="properties"/>
                    <Option type="QString" value="collection" name="type"/>
                  </Option>
                </data_defined_properties>
                <layer pass="0" class="SimpleFill" locked="0" enabled="1">
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
                      <Option type="QString" value="" name="name"/>
                      <Option name="properties"/>
                      <Option type="QString" value="collection" name="type"/>
                    </Option>
                  </data_defined_properties>
                </layer>
              </symbol>
            </background>
            <shadow shadowRadiusMapUnitScale="3x:0,0,0,0,0,0" shadowDraw="0" shadowRadius="1.5" shadowColor="0,0,0,255" shadowBlendMode="6" shadowScale="100" shadowRadiusAlphaOnly="0" shadowOffsetMapUnitScale="3x:0,0,0,0,0,0" shadowOffsetUnit="MM" shadowRadiusUnit="MM" shadowOffsetAngle="135" shadowOffsetDist="1" shadowOpacity="0.69999999999999996" shadowUnder="0" shadowOffsetGlobal="1"/>
            <dd_properties>
              <Option type="Map">
                <Option type="QString" value="" name="name"/>
                <Option name="properties"/>
                <Option type="QString" value="collection" name="type"/>
              </Option>
            </dd_properties>
            <substitutions/>
          </text-style>
          <text-format wrapChar="" decimals="3" useMaxLineLengthForAutoWrap="1" addDirectionSymbol="0" rightDirectionSymbol=">" reverseDirectionSymbol="0" placeDirectionSymbol="0" formatNumbers="0" plussign="0" multilineAlign="3" autoWrapLength="0" leftDirectionSymbol="&lt;"/>
          <placement xOffset="0" geometryGeneratorEnabled="0" repeatDistanceUnits="MM" distUnits="MM" placement="0" rotationUnit="AngleDegrees" distMapUnitScale="3x:0,0,0,0,0,0" dist="1.2" offsetUnits="MM" placementFlags="10" offsetType="0" preserveRotation="1" geometryGenerator="" layerType="UnknownGeometry" labelOffsetMapUnitScale="3x:0,0,0,0,0,0" geometryGeneratorType="PointGeometry" repeatDistanceMapUnitScale="3x:0,0,0,0,0,0" maxCurvedCharAngleIn="25" rotationAngle="0" overrunDistanceMapUnitScale="3x:0,0,0,0,0,0" polygonPlacementFlags="2" lineAnchorType="0" quadOffset="4" lineAnchorPercent="0.5" centroidInside="1" overrunDistanceUnit="MM" yOffset="0" fitInPolygonOnly="0" centroidWhole="0" overrunDistance="0" priority="10" repeatDistance="0" lineAnchorClipping="0" predefinedPositionOrder="TR,TL,BR,BL,R,L,TSR,BSR" maxCurvedCharAngleOut="-25"/>
          <rendering fontMaxPixelSize="10000" obstacleFactor="1" limitNumLabels="0" minFeatureSize="0" mergeLines="0" maxNumLabels="2000" displayAll="0" drawLabels="1" scaleMax="1000" fontLimitPixelSize="0" scaleMin="0" upsidedownLabels="0" unplacedVisibility="0" fontMinPixelSize="0" zIndex="0" obstacle="1" labelPerPart="0" scaleVisibility="1" obstacleType="1"/>
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
              <Option type="QString" value="&lt;symbol type=&quot;line&quot; force_rhr=&quot;0&quot; clip_to_extent=&quot;1&quot; name=&quot;symbol&quot; alpha=&quot;1&quot;>&lt;data_defined_properties>&lt;Option type=&quot;Map&quot;>&lt;Option type=&quot;QString&quot; value=&quot;&quot; name=&quot;name&quot;/>&lt;Option name=&quot;properties&quot;/>&lt;Option type=&quot;QString&quot; value=&quot;collection&quot; name=&quot;type&quot;/>&lt;/Option>&lt;/data_defined_properties>&lt;layer pass=&quot;0&quot; class=&quot;SimpleLine&quot; locked=&quot;0&quot; enabled=&quot;1&quot;>&lt;Option type=&quot;Map&quot;>&lt;Option type=&quot;QString&quot; value=&quot;0&quot; name=&quot;align_dash_pattern&quot;/>&lt;Option type=&quot;QString&quot; value=&quot;square&quot; name=&quot;capstyle&quot;/>&lt;Option type=&quot;QString&quot; value=&quot;5;2&quot; name=&quot;customdash&quot;/>&lt;Option type=&quot;QString&quot; value=&quot;3x:0,0,0,0,0,0&quot; name=&quot;customdash_map_unit_scale&quot;/>&lt;Option type=&quot;QString&quot; value=&quot;MM&quot; name=&quot;customdash_unit&quot;/>&lt;Option type=&quot;QString&quot; value=&quot;0&quot; name=&quot;dash_pattern_offset&quot;/>&lt;Option type=&quot;QString&quot; value=&quot;3x:0,0,0,0,0,0&quot; name=&quot;dash_pattern_offset_map_unit_scale&quot;/>&lt;Option type=&quot;QString&quot; value=&quot;MM&quot; name=&quot;dash_pattern_offset_unit&quot;/>&lt;Option type=&quot;QString&quot; value=&quot;0&quot; name=&quot;draw_inside_polygon&quot;/>&lt;Option type=&quot;QString&quot; value=&quot;bevel&quot; name=&quot;joinstyle&quot;/>&lt;Option type=&quot;QString&quot; value=&quot;60,60,60,255&quot; name=&quot;line_color&quot;/>&lt;Option type=&quot;QString&quot; value=&quot;solid&quot; name=&quot;line_style&quot;/>&lt;Option type=&quot;QString&quot; value=&quot;0.3&quot; name=&quot;line_width&quot;/>&lt;Option type=&quot;QString&quot; value=&quot;MM&quot; name=&quot;line_width_unit&quot;/>&lt;Option type=&quot;QString&quot; value=&quot;0&quot; name=&quot;offset&quot;/>&lt;Option type=&quot;QString&quot; value=&quot;3x:0,0,0,0,0,0&quot; name=&quot;offset_map_unit_scale&quot;/>&lt;Option type=&quot;QString&quot; value=&quot;MM&quot; name=&quot;offset_unit&quot;/>&lt;Option type=&quot;QString&quot; value=&quot;0&quot; name=&quot;ring_filter&quot;/>&lt;Option type=&quot;QString&quot; value=&quot;0&quot; name=&quot;trim_distance_end&quot;/>&lt;Option type=&quot;QString&quot; value=&quot;3x:0,0,0,0,0,0&quot; name=&quot;trim_distance_end_map_unit_scale&quot;/>&lt;Option type=&quot;QString&quot; value=&quot;MM&quot; name=&quot;trim_distance_end_unit&quot;/>&lt;Option type=&quot;QString&quot; value=&quot;0&quot; name=&quot;trim_distance_start&quot;/>&lt;Option type=&quot;QString&quot; value=&quot;3x:0,0,0,0,0,0&quot; name=&quot;trim_distance_start_map_unit_scale&quot;/>&lt;Option type=&quot;QString&quot; value=&quot;MM&quot; name=&quot;trim_distance_start_unit&quot;/>&lt;Option type=&quot;QString&quot; value=&quot;0&quot; name=&quot;tweak_dash_pattern_on_corners&quot;/>&lt;Option type=&quot;QString&quot; value=&quot;0&quot; name=&quot;use_custom_dash&quot;/>&lt;Option type=&quot;QString&quot; value=&quot;3x:0,0,0,0,0,0&quot; name=&quot;width_map_unit_scale&quot;/>&lt;/Option>&lt;prop v=&quot;0&quot; k=&quot;align_dash_pattern&quot;/>&lt;prop v=&quot;square&quot; k=&quot;capstyle&quot;/>&lt;prop v=&quot;5;2&quot; k=&quot;customdash&quot;/>&lt;prop v=&quot;3x:0,0,0,0,0,0&quot; k=&quot;customdash_map_unit_scale&quot;/>&lt;prop v=&quot;MM&quot; k=&quot;customdash_unit&quot;/>&lt;prop v=&quot;0&quot; k=&quot;dash_pattern_offset&quot;/>&lt;prop v=&quot;3x:0,0,0,0,0,0&quot; k=&quot;dash_pattern_offset_map_unit_scale&quot;/>&lt;prop v=&quot;MM&quot; k=&quot;dash_pattern_offset_unit&quot;/>&lt;prop v=&quot;0&quot; k=&quot;draw_inside_polygon&quot;/>&lt;prop v=&quot;bevel&quot; k=&quot;joinstyle&quot;/>&lt;prop v=&quot;60,60,60,255&quot; k=&quot;line_color&quot;/>&lt;prop v=&quot;solid&quot; k=&quot;line_style&quot;/>&lt;prop v=&quot;0.3&quot; k=&quot;line_width&quot;/>&lt;prop v=&quot;MM&quot; k=&quot;line_width_unit&quot;/>&lt;prop v=&quot;0&quot; k=&quot;offset&quot;/>&lt;prop v=&quot;3x:0,0,0,0,0,0&quot; k=&quot;offset_map_unit_scale&quot;/>&lt;prop v=&quot;MM&quot; k=&quot;offset_unit&quot;/>&lt;prop v=&quot;0&quot; k=&quot;ring_filter&quot;/>&lt;prop v=&quot;0&quot; k=&quot;trim_distance_end&quot;/>&lt;prop v=&quot;3x:0,0,0,0,0,0&quot; k=&quot;trim_distance_end_map_unit_scale&quot;/>&lt;prop v=&quot;MM&quot; k=&quot;trim_distance_end_unit&quot;/>&lt;prop v=&quot;0&quot; k=&quot;trim_distance_start&quot;/>&lt;prop v=&quot;3x:0,0,0,0,0,0&quot; k=&quot;trim_distance_start_map_unit_scale&quot;/>&lt;prop v=&quot;MM&quot; k=&quot;trim_distance_start_unit&quot;/>&lt;prop v=&quot;0&quot; k=&quot;tweak_dash_pattern_on_corners&quot;/>&lt;prop v=&quot;0&quot; k=&quot;use_custom_dash&quot;/>&lt;prop v=&quot;3x:0,0,0,0,0,0&quot; k=&quot;width_map_unit_scale&quot;/>&lt;data_defined_properties>&lt;Option type=&quot;Map&quot;>&lt;Option type=&quot;QString&quot; value=&quot;&quot; name=&quot;name&quot;/>&lt;Option name=&quot;properties&quot;/>&lt;Option type=&quot;QString&quot; value=&quot;collection&quot; name=&quot;type&quot;/>&lt;/Option>&lt;/data_defined_properties>&lt;/layer>&lt;/symbol>" name="lineSymbol"/>
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
    <field name="warn_at" configurationFlags="None"/>
    <field name="handling_district" configurationFlags="None"/>
    <field name="ordered_inspector" configurationFlags="None"/>
    <field name="return_reason" configurationFlags="None"/>
    <field name="proxy_handling" configurationFlags="None"/>
    <field name="merged_into" configurationFlags="None"/>
    <field name="urge_reply_deadline" configurationFlags="None"/>
    <field name="caller_name" configurationFlags="None"/>
    <field name="caller_phone" configurationFlags="None"/>
    <field name="reply_wanted" configurationFlags="None"/>
    <field name="callback_contact" configurationFlags="None"/>
    <field name="callback_satisfaction" configurationFlags="None"/>
    <field name="callback_at" configurationFlags="None"/>
    <field name="light" configurationFlags="None"/>
  </fieldConfiguration>
  <aliases>
    <alias index="0" name="" field="id"/>
    <alias index="1" name="" field="code"/>
    <alias index="2" name="" field="source"/>
    <alias index="3" name="" field="kind"/>
    <alias index="4" name="" field="class_code"/>
    <alias index="5" name="" field="description"/>
    <alias index="6" name="" field="address"/>
    <alias index="7" name="" field="urgent"/>
    <alias index="8" name="" field="component_code"/>
    <alias index="9" name="" field="x"/>
    <alias index="10" name="" field="y"/>
    <alias index="11" name="" field="grid_code"/>
    <alias index="12" name="" field="community_code"/>
    <alias index="13" name="" field="street_code"/>
    <alias index="14" name="" field="district_code"/>
    <alias index="15" name="" field="level"/>
    <alias index="16" name="" field="state"/>
    <alias index="17" name="" field="reporter"/>
    <alias index="18" name="" field="inspector"/>
    <alias index="19" name="" field="department_code"/>
    <alias index="20" name="" field="suggested_department_code"/>
    <alias index="21" name="" field="last_department_code"/>
    <alias index="22" name="" field="stage"/>
    <alias index="23" name="" field="stage_started_at"/>
    <alias index="24" name="" field="deadline"/>
    <alias index="25" name="" field="paused_at"/>
    <alias index="26" name="" field="postponement_until"/>
    <alias index="27" name="" field="verification_result"/>
    <alias index="28" name="" field="check_result"/>
    <alias index="29" name="" field="close_type"/>
    <alias index="30" name="" field="rework_count"/>
    <alias index="31" name="" field="return_count"/>
    <alias index="32" name="" field="urge_count"/>
    <alias index="33" name="" field="postpone_count"/>
    <alias index="34" name="" field="registered_at"/>
    <alias index="35" name="" field="accepted_at"/>
    <alias index="36" name="" field="accept_late"/>
    <alias index="37" name="" field="filed_at"/>
    <alias index="38" name="" field="verify_late"/>
    <alias index="39" name="" field="dispatched_at"/>
    <alias index="40" name="" field="dispatch_late"/>
    <alias index="41" name="" field="handle_deadline"/>
    <alias index="42" name="" field="handled_at"/>
    <alias index="43" name="" field="handle_late"/>
    <alias index="44" name="" field="check_late"/>
    <alias index="45" name="" field="closed_at"/>
    <alias index="46" name="" field="updated_at"/>
    <alias index="47" name="" field="version"/>
    <alias index="48" name="" field="warn_at"/>
    <alias index="49" name="" field="handling_district"/>
    <alias index="50" name="" field="ordered_inspector"/>
    <alias index="51" name="" field="return_reason"/>
    <alias index="52" name="" field="proxy_handling"/>
    <alias index="53" name="" field="merged_into"/>
    <alias index="54" name="" field="urge_reply_deadline"/>
    <alias index="55" name="" field="caller_name"/>
    <alias index="56" name="" field="caller_phone"/>
    <alias index="57" name="" field="reply_wanted"/>
    <alias index="58" name="" field="callback_contact"/>
    <alias index="59" name="" field="callback_satisfaction"/>
    <alias index="60" name="" field="callback_at"/>
    <alias index="61" name="" field="light"/>
  </aliases>
  <defaults>
    <default expression="" applyOnUpdate="0" field="id"/>
    <default expression="" applyOnUpdate="0" field="code"/>
    <default expression="" applyOnUpdate="0" field="source"/>
    <default expression="" applyOnUpdate="0" field="kind"/>
    <default expression="" applyOnUpdate="0" field="class_code"/>
    <default expression="" applyOnUpdate="0" field="description"/>
    <default expression="" applyOnUpdate="0" field="address"/>
    <default expression="" applyOnUpdate="0" field="urgent"/>
    <default expression="" applyOnUpdate="0" field="component_code"/>
    <default expression="" applyOnUpdate="0" field="x"/>
    <default expression="" applyOnUpdate="0" field="y"/>
    <default expression="" applyOnUpdate="0" field="grid_code"/>
    <default expression="" applyOnUpdate="0" field="community_code"/>
    <default expression="" applyOnUpdate="0" field="street_code"/>
    <default expression="" applyOnUpdate="0" field="district_code"/>
    <default expression="" applyOnUpdate="0" field="level"/>
    <default expression="" applyOnUpdate="0" field="state"/>
    <default expression="" applyOnUpdate="0" field="reporter"/>
    <default expression="" applyOnUpdate="0" field="inspector"/>
    <default expression="" applyOnUpdate="0" field="department_code"/>
    <default expression="" applyOnUpdate="0" field="suggested_department_code"/>
    <default expression="" applyOnUpdate="0" field="last_department_code"/>
    <default expression="" applyOnUpdate="0" field="stage"/>
    <default expression="" applyOnUpdate="0" field="stage_started_at"/>
    <default expression="" applyOnUpdate="0" field="deadline"/>
    <default expression="" applyOnUpdate="0" field="paused_at"/>
    <default expression="" applyOnUpdate="0" field="postponement_until"/>
    <default expression="" applyOnUpdate="0" field="verification_result"/>
    <default expression="" applyOnUpdate="0" field="check_result"/>
    <default expression="" applyOnUpdate="0" field="close_type"/>
    <default expression="" applyOnUpdate="0" field="rework_count"/>
    <default expression="" applyOnUpdate="0" field="return_count"/>
    <default expression="" applyOnUpdate="0" field="urge_count"/>
    <default expression="" applyOnUpdate="0" field="postpone_count"/>
    <default expression="" applyOnUpdate="0" field="registered_at"/>
    <default expression="" applyOnUpdate="0" field="accepted_at"/>
    <default expression="" applyOnUpdate="0" field="accept_late"/>
    <default expression="" applyOnUpdate="0" field="filed_at"/>
    <default expression="" applyOnUpdate="0" field="verify_late"/>
    <default expression="" applyOnUpdate="0" field="dispatched_at"/>
    <default expression="" applyOnUpdate="0" field="dispatch_late"/>
    <default expression="" applyOnUpdate="0" field="handle_deadline"/>
    <default expression="" applyOnUpdate="0" field="handled_at"/>
    <default expression="" applyOnUpdate="0" field="handle_late"/>
    <default expression="" applyOnUpdate="0" field="check_late"/>
    <default expression="" applyOnUpdate="0" field="closed_at"/>
    <default expression="" applyOnUpdate="0" field="updated_at"/>
    <default expression="" applyOnUpdate="0" field="version"/>
    <default expression="" applyOnUpdate="0" field="warn_at"/>
    <default expression="" applyOnUpdate="0" field="handling_district"/>
    <default expression="" applyOnUpdate="0" field="ordered_inspector"/>
    <default expression="" applyOnUpdate="0" field="return_reason"/>
    <default expression="" applyOnUpdate="0" field="proxy_handling"/>
    <default expression="" applyOnUpdate="0" field="merged_into"/>
    <default expression="" applyOnUpdate="0" field="urge_reply_deadline"/>
    <default expression="" applyOnUpdate="0" field="caller_name"/>
    <default expression="" applyOnUpdate="0" field="caller_phone"/>
    <default expression="" applyOnUpdate="0" field="reply_wanted"/>
    <default expression="" applyOnUpdate="0" field="callback_contact"/>
    <default expression="" applyOnUpdate="0" field="callback_satisfaction"/>
    <default expression="" applyOnUpdate="0" field="callback_at"/>
    <default expression="" applyOnUpdate="0" field="light"/>
  </defaults>
  <constraints>
    <constraint constraints="0" exp_strength="0" field="id" notnull_strength="0" unique_strength="0"/>
    <constraint constraints="0" exp_strength="0" field="code" notnull_strength="0" unique_strength="0"/>
    <constraint constraints="0" exp_strength="0" field="source" notnull_strength="0" unique_strength="0"/>
    <constraint constraints="0" exp_strength="0" field="kind" notnull_strength="0" unique_strength="0"/>
    <constraint constraints="0" exp_strength="0" field="class_code" notnull_strength="0" unique_strength="0"/>
    <constraint constraints="0" exp_strength="0" field="description" notnull_strength="0" unique_strength="0"/>
    <constraint constraints="0" exp_strength="0" field="address" notnull_strength="0" unique_strength="0"/>
    <constraint constraints="0" exp_strength="0" field="urgent" notnull_strength="0" unique_strength="0"/>
    <constraint constraints="0" exp_strength="0" field="component_code" notnull_strength="0" unique_strength="0"/>
    <constraint constraints="0" exp_strength="0" field="x" notnull_strength="0" unique_strength="0"/>
    <constraint constraints="0" exp_strength="0" field="y" notnull_strength="0" unique_strength="0"/>
    <constraint constraints="0" exp_strength="0" field="grid_code" notnull_strength="0" unique_strength="0"/>
    <constraint constraints="0" exp_strength="0" field="community_code" notnull_strength="0" unique_strength="0"/>
    <constraint constraints="0" exp_strength="0" field="street_code" notnull_strength="0" unique_strength="0"/>
    <constraint constraints="0" exp_strength="0" field="district_code" notnull_strength="0" unique_strength="0"/>
    <constraint constraints="0" exp_strength="0" field="level" notnull_strength="0" unique_strength="0"/>
    <constraint constraints="0" exp_strength="0" field="state" notnull_strength="0" unique_strength="0"/>
    <constraint constraints="0" exp_strength="0" field="reporter" notnull_strength="0" unique_strength="0"/>
    <constraint constraints="0" exp_strength="0" field="inspector" notnull_strength="0" unique_strength="0"/>
    <constraint constraints="0" exp_strength="0" field="department_code" notnull_strength="0" unique_strength="0"/>
    <constraint constraints="0" exp_strength="0" field="suggested_department_code" notnull_strength="0" unique_strength="0"/>
    <constraint constraints="0" exp_strength="0" field="last_department_code" notnull_strength="0" unique_strength="0"/>
    <constraint constraints="0" exp_strength="0" field="stage" notnull_strength="0" unique_strength="0"/>
    <constraint constraints="0" exp_strength="0" field="stage_started_at" notnull_strength="0" unique_strength="0"/>
    <constraint constraints="0" exp_strength="0" field="deadline" notnull_strength="0" unique_strength="0"/>
    <constraint constraints="0" exp_strength="0" field="paused_at" notnull_strength="0" unique_strength="0"/>
    <constraint constraints="0" exp_strength="0" field="postponement_until" notnull_strength="0" unique_strength="0"/>
    <constraint constraints="0" exp_strength="0" field="verification_result" notnull_strength="0" unique_strength="0"/>
    <constraint constraints="0" exp_strength="0" field="check_result" notnull_strength="0" unique_strength="0"/>
    <constraint constraints="0" exp_strength="0" field="close_type" notnull_strength="0" unique_strength="0"/>
    <constraint constraints="0" exp_strength="0" field="rework_count" notnull_strength="0" unique_strength="0"/>
    <constraint constraints="0" exp_strength="0" field="return_count" notnull_strength="0" unique_strength="0"/>
    <constraint constraints="0" exp_strength="0" field="urge_count" notnull_strength="0" unique_strength="0"/>
    <constraint constraints="0" exp_strength="0" field="postpone_count" notnull_strength="0" unique_strength="0"/>
    <constraint constraints="0" exp_strength="0" field="registered_at" notnull_strength="0" unique_strength="0"/>
    <constraint constraints="0" exp_strength="0" field="accepted_at" notnull_strength="0" unique_strength="0"/>
    <constraint constraints="0" exp_strength="0" field="accept_late" notnull_strength="0" unique_strength="0"/>
    <constraint constraints="0" exp_strength="0" field="filed_at" notnull_strength="0" unique_strength="0"/>
    <constraint constraints="0" exp_strength="0" field="verify_late" notnull_strength="0" unique_strength="0"/>
    <constraint constraints="0" exp_strength="0" field="dispatched_at" notnull_strength="0" unique_strength="0"/>
    <constraint constraints="0" exp_strength="0" field="dispatch_late" notnull_strength="0" unique_strength="0"/>
    <constraint constraints="0" exp_strength="0" field="handle_deadline" notnull_strength="0" unique_strength="0"/>
    <constraint constraints="0" exp_strength="0" field="handled_at" notnull_strength="0" unique_strength="0"/>
    <constraint constraints="0" exp_strength="0" field="handle_late" notnull_strength="0" unique_strength="0"/>
    <constraint constraints="0" exp_strength="0" field="check_late" notnull_strength="0" unique_strength="0"/>
    <constraint constraints="0" exp_strength="0" field="closed_at" notnull_strength="0" unique_strength="0"/>
    <constraint constraints="0" exp_strength="0" field="updated_at" notnull_strength="0" unique_strength="0"/>
    <constraint constraints="0" exp_strength="0" field="version" notnull_strength="0" unique_strength="0"/>
    <constraint constraints="0" exp_strength="0" field="warn_at" notnull_strength="0" unique_strength="0"/>
    <constraint constraints="0" exp_strength="0" field="handling_district" notnull_strength="0" unique_strength="0"/>
    <constraint constraints="0" exp_strength="0" field="ordered_inspector" notnull_strength="0" unique_strength="0"/>
    <constraint constraints="0" exp_strength="0" field="return_reason" notnull_strength="0" unique_strength="0"/>
    <constraint constraints="0" exp_strength="0" field="proxy_handling" notnull_strength="0" unique_strength="0"/>
    <constraint constraints="0" exp_strength="0" field="merged_into" notnull_strength="0" unique_strength="0"/>
    <constraint constraints="0" exp_strength="0" field="urge_reply_deadline" notnull_strength="0" unique_strength="0"/>
    <constraint constraints="0" exp_strength="0" field="caller_name" notnull_strength="0" unique_strength="0"/>
    <constraint constraints="0" exp_strength="0" field="caller_phone" notnull_strength="0" unique_strength="0"/>
    <constraint constraints="0" exp_strength="0" field="reply_wanted" notnull_strength="0" unique_strength="0"/>
    <constraint constraints="0" exp_strength="0" field="callback_contact" notnull_strength="0" unique_strength="0"/>
    <constraint constraints="0" exp_strength="0" field="callback_satisfaction" notnull_strength="0" unique_strength="0"/>
    <constraint constraints="0" exp_strength="0" field="callback_at" notnull_strength="0" unique_strength="0"/>
    <constraint constraints="0" exp_strength="0" field="light" notnull_strength="0" unique_strength="0"/>
  </constraints>
  <constraintExpressions>
    <constraint desc="" exp="" field="id"/>
    <constraint desc="" exp="" field="code"/>
    <constraint desc="" exp="" field="source"/>
    <constraint desc="" exp="" field="kind"/>
    <constraint desc="" exp="" field="class_code"/>
    <constraint desc="" exp="" field="description"/>
    <constraint desc="" exp="" field="address"/>
    <constraint desc="" exp="" field="urgent"/>
    <constraint desc="" exp="" field="component_code"/>
    <constraint desc="" exp="" field="x"/>
    <constraint desc="" exp="" field="y"/>
    <constraint desc="" exp="" field="grid_code"/>
    <constraint desc="" exp="" field="community_code"/>
    <constraint desc="" exp="" field="street_code"/>
    <constraint desc="" exp="" field="district_code"/>
    <constraint desc="" exp="" field="level"/>
    <constraint desc="" exp="" field="state"/>
    <constraint desc="" exp="" field="reporter"/>
    <constraint desc="" exp="" field="inspector"/>
    <constraint desc="" exp="" field="department_code"/>
    <constraint desc="" exp="" field="suggested_department_code"/>
    <constraint desc="" exp="" field="last_department_code"/>
    <constraint desc="" exp="" field="stage"/>
    <constraint desc="" exp="" field="stage_started_at"/>
    <constraint desc="" exp="" field="deadline"/>
    <constraint desc="" exp="" field="paused_at"/>
    <constraint desc="" exp="" field="postponement_until"/>
    <constraint desc="" exp="" field="verification_result"/>
    <constraint desc="" exp="" field="check_result"/>
    <constraint desc="" exp="" field="close_type"/>
    <constraint desc="" exp="" field="rework_count"/>
    <constraint desc="" exp="" field="return_count"/>
    <constraint desc="" exp="" field="urge_count"/>
    <constraint desc="" exp="" field="postpone_count"/>
    <constraint desc="" exp="" field="registered_at"/>
    <constraint desc="" exp="" field="accepted_at"/>
    <constraint desc="" exp="" field="accept_late"/>
    <constraint desc="" exp="" field="filed_at"/>
    <constraint desc="" exp="" field="verify_late"/>
    <constraint desc="" exp="" field="dispatched_at"/>
    <constraint desc="" exp="" field="dispatch_late"/>
    <constraint desc="" exp="" field="handle_deadline"/>
    <constraint desc="" exp="" field="handled_at"/>
    <constraint desc="" exp="" field="handle_late"/>
    <constraint desc="" exp="" field="check_late"/>
    <constraint desc="" exp="" field="closed_at"/>
    <constraint desc="" exp="" field="updated_at"/>
    <constraint desc="" exp="" field="version"/>
    <constraint desc="" exp="" field="warn_at"/>
    <constraint desc="" exp="" field="handling_district"/>
    <constraint desc="" exp="" field="ordered_inspector"/>
    <constraint desc="" exp="" field="return_reason"/>
    <constraint desc="" exp="" field="proxy_handling"/>
    <constraint desc="" exp="" field="merged_into"/>
    <constraint desc="" exp="" field="urge_reply_deadline"/>
    <constraint desc="" exp="" field="caller_name"/>
    <constraint desc="" exp="" field="caller_phone"/>
    <constraint desc="" exp="" field="reply_wanted"/>
    <constraint desc="" exp="" field="callback_contact"/>
    <constraint desc="" exp="" field="callback_satisfaction"/>
    <constraint desc="" exp="" field="callback_at"/>
    <constraint desc="" exp="" field="light"/>
  </constraintExpressions>
  <expressionfields>
    <field type="10" expression="CASE&#xa; WHEN &quot;state&quot; IN ('closed', 'rejected', 'cancelled', 'merged', 'suspended') OR &quot;deadline&quot; IS NULL THEN NULL&#xa; WHEN if(@console_now_ms IS NULL, 2 * epoch(now()) - (day(to_date(now()) - to_date('1970-01-01')) * 86400 + hour(now()) * 3600 + minute(now()) * 60 + second(now())) * 1000, @console_now_ms) > epoch(&quot;deadline&quot;) THEN 'red'&#xa; WHEN if(@console_now_ms IS NULL, 2 * epoch(now()) - (day(to_date(now()) - to_date('1970-01-01')) * 86400 + hour(now()) * 3600 + minute(now()) * 60 + second(now())) * 1000, @console_now_ms) > coalesce(epoch(&quot;warn_at&quot;), 0.2 * epoch(&quot;stage_started_at&quot;) + 0.8 * epoch(&quot;deadline&quot;)) THEN 'yellow'&#xa; ELSE 'green'&#xa;END" precision="0" name="light" subType="0" typeName="string" comment="" length="8"/>
  </expressionfields>
  <mapTip></mapTip>
  <layerGeometryType>0</layerGeometryType>
</qgis>
