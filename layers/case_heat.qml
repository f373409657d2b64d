<!DOCTYPE qgis PUBLIC 'http://mrcc.com/qgis.dtd' 'SYSTEM'>
<qgis styleCategories="Symbology|Labeling|Fields|MapTips|Rendering" version="3.22.16-Białowieża" simplifyDrawingHints="1" simplifyMaxScale="1" labelsEnabled="0" simplifyDrawingTol="1" maxScale="0" simplifyAlgorithm="0" symbologyReferenceScale="-1" minScale="100000000" simplifyLocal="1" hasScaleBasedVisibilityFlag="0">
  <renderer-v2 quality="3" referencescale="-1" forceraster="0" type="heatmapRenderer" radius="9" weight_expression="" symbollevels="0" radius_unit="0" max_value="0" radius_map_unit_scale="3x:0,0,0,0,0,0" enableorderby="0">
    <colorramp name="[source]" type="gradient">
      <Option type="Map">
        <Option value="255,237,160,0" name="color1" type="QString"/>
        <Option value="189,0,38,255" name="color2" type="QString"/>
        <Option value="0" name="discrete" type="QString"/>
        <Option value="gradient" name="rampType" type="QString"/>
        <Option value="0.25;254,217,118,150:0.5;253,141,60,255:0.75;240,59,32,255" name="stops" type="QString"/>
      </Option>
      <prop k="color1" v="255,237,160,0"/>
      <prop k="color2" v="189,0,38,255"/>
      <prop k="discrete" v="0"/>
      <prop k="rampType" v="gradient"/>
      <prop k="stops" v="0.25;254,217,118,150:0.5;253,141,60,255:0.75;240,59,32,255"/>
    </colorramp>
  </renderer-v2>
  <blendMode>0</blendMode>
  <featureBlendMode>0</featureBlendMode>
  <layerOpacity>0.65</layerOpacity>
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
    <alias name="" field="warn_at" index="48"/>
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
  </defaults>
  <constraints>
    <constraint unique_strength="0" field="id" notnull_strength="0" constraints="0" exp_strength="0"/>
    <constraint unique_strength="0" field="code" notnull_strength="0" constraints="0" exp_strength="0"/>
    <constraint unique_strength="0" field="source" notnull_strength="0" constraints="0" exp_strength="0"/>
    <constraint unique_strength="0" field="kind" notnull_strength="0" constraints="0" exp_strength="0"/>
    <constraint unique_strength="0" field="class_code" notnull_strength="0" constraints="0" exp_strength="0"/>
    <constraint unique_strength="0" field="description" notnull_strength="0" constraints="0" exp_strength="0"/>
    <constraint unique_strength="0" field="address" notnull_strength="0" constraints="0" exp_strength="0"/>
    <constraint unique_strength="0" field="urgent" notnull_strength="0" constraints="0" exp_strength="0"/>
    <constraint unique_strength="0" field="component_code" notnull_strength="0" constraints="0" exp_strength="0"/>
    <constraint unique_strength="0" field="x" notnull_strength="0" constraints="0" exp_strength="0"/>
    <constraint unique_strength="0" field="y" notnull_strength="0" constraints="0" exp_strength="0"/>
    <constraint unique_strength="0" field="grid_code" notnull_strength="0" constraints="0" exp_strength="0"/>
    <constraint unique_strength="0" field="community_code" notnull_strength="0" constraints="0" exp_strength="0"/>
    <constraint unique_strength="0" field="street_code" notnull_strength="0" constraints="0" exp_strength="0"/>
    <constraint unique_strength="0" field="district_code" notnull_strength="0" constraints="0" exp_strength="0"/>
    <constraint unique_strength="0" field="level" notnull_strength="0" constraints="0" exp_strength="0"/>
    <constraint unique_strength="0" field="state" notnull_strength="0" constraints="0" exp_strength="0"/>
    <constraint unique_strength="0" field="reporter" notnull_strength="0" constraints="0" exp_strength="0"/>
    <constraint unique_strength="0" field="inspector" notnull_strength="0" constraints="0" exp_strength="0"/>
    <constraint unique_strength="0" field="department_code" notnull_strength="0" constraints="0" exp_strength="0"/>
    <constraint unique_strength="0" field="suggested_department_code" notnull_strength="0" constraints="0" exp_strength="0"/>
    <constraint unique_strength="0" field="last_department_code" notnull_strength="0" constraints="0" exp_strength="0"/>
    <constraint unique_strength="0" field="stage" notnull_strength="0" constraints="0" exp_strength="0"/>
    <constraint unique_strength="0" field="stage_started_at" notnull_strength="0" constraints="0" exp_strength="0"/>
    <constraint unique_strength="0" field="deadline" notnull_strength="0" constraints="0" exp_strength="0"/>
    <constraint unique_strength="0" field="paused_at" notnull_strength="0" constraints="0" exp_strength="0"/>
    <constraint unique_strength="0" field="postponement_until" notnull_strength="0" constraints="0" exp_strength="0"/>
    <constraint unique_strength="0" field="verification_result" notnull_strength="0" constraints="0" exp_strength="0"/>
    <constraint unique_strength="0" field="check_result" notnull_strength="0" constraints="0" exp_strength="0"/>
    <constraint unique_strength="0" field="close_type" notnull_strength="0" constraints="0" exp_strength="0"/>
    <constraint unique_strength="0" field="rework_count" notnull_strength="0" constraints="0" exp_strength="0"/>
    <constraint unique_strength="0" field="return_count" notnull_strength="0" constraints="0" exp_strength="0"/>
    <constraint unique_strength="0" field="urge_count" notnull_strength="0" constraints="0" exp_strength="0"/>
    <constraint unique_strength="0" field="postpone_count" notnull_strength="0" constraints="0" exp_strength="0"/>
    <constraint unique_strength="0" field="registered_at" notnull_strength="0" constraints="0" exp_strength="0"/>
    <constraint unique_strength="0" field="accepted_at" notnull_strength="0" constraints="0" exp_strength="0"/>
    <constraint unique_strength="0" field="accept_late" notnull_strength="0" constraints="0" exp_strength="0"/>
    <constraint unique_strength="0" field="filed_at" notnull_strength="0" constraints="0" exp_strength="0"/>
    <constraint unique_strength="0" field="verify_late" notnull_strength="0" constraints="0" exp_strength="0"/>
    <constraint unique_strength="0" field="dispatched_at" notnull_strength="0" constraints="0" exp_strength="0"/>
    <constraint unique_strength="0" field="dispatch_late" notnull_strength="0" constraints="0" exp_strength="0"/>
    <constraint unique_strength="0" field="handle_deadline" notnull_strength="0" constraints="0" exp_strength="0"/>
    <constraint unique_strength="0" field="handled_at" notnull_strength="0" constraints="0" exp_strength="0"/>
    <constraint unique_strength="0" field="handle_late" notnull_strength="0" constraints="0" exp_strength="0"/>
    <constraint unique_strength="0" field="check_late" notnull_strength="0" constraints="0" exp_strength="0"/>
    <constraint unique_strength="0" field="closed_at" notnull_strength="0" constraints="0" exp_strength="0"/>
    <constraint unique_strength="0" field="updated_at" notnull_strength="0" constraints="0" exp_strength="0"/>
    <constraint unique_strength="0" field="version" notnull_strength="0" constraints="0" exp_strength="0"/>
    <constraint unique_strength="0" field="warn_at" notnull_strength="0" constraints="0" exp_strength="0"/>
  </constraints>
  <constraintExpressions>
    <constraint desc="" field="id" exp=""/>
    <constraint desc="" field="code" exp=""/>
    <constraint desc="" field="source" exp=""/>
    <constraint desc="" field="kind" exp=""/>
    <constraint desc="" field="class_code" exp=""/>
    <constraint desc="" field="description" exp=""/>
    <constraint desc="" field="address" exp=""/>
    <constraint desc="" field="urgent" exp=""/>
    <constraint desc="" field="component_code" exp=""/>
    <constraint desc="" field="x" exp=""/>
    <constraint desc="" field="y" exp=""/>
    <constraint desc="" field="grid_code" exp=""/>
    <constraint desc="" field="community_code" exp=""/>
    <constraint desc="" field="street_code" exp=""/>
    <constraint desc="" field="district_code" exp=""/>
    <constraint desc="" field="level" exp=""/>
    <constraint desc="" field="state" exp=""/>
    <constraint desc="" field="reporter" exp=""/>
    <constraint desc="" field="inspector" exp=""/>
    <constraint desc="" field="department_code" exp=""/>
    <constraint desc="" field="suggested_department_code" exp=""/>
    <constraint desc="" field="last_department_code" exp=""/>
    <constraint desc="" field="stage" exp=""/>
    <constraint desc="" field="stage_started_at" exp=""/>
    <constraint desc="" field="deadline" exp=""/>
    <constraint desc="" field="paused_at" exp=""/>
    <constraint desc="" field="postponement_until" exp=""/>
    <constraint desc="" field="verification_result" exp=""/>
    <constraint desc="" field="check_result" exp=""/>
    <constraint desc="" field="close_type" exp=""/>
    <constraint desc="" field="rework_count" exp=""/>
    <constraint desc="" field="return_count" exp=""/>
    <constraint desc="" field="urge_count" exp=""/>
    <constraint desc="" field="postpone_count" exp=""/>
    <constraint desc="" field="registered_at" exp=""/>
    <constraint desc="" field="accepted_at" exp=""/>
    <constraint desc="" field="accept_late" exp=""/>
    <constraint desc="" field="filed_at" exp=""/>
    <constraint desc="" field="verify_late" exp=""/>
    <constraint desc="" field="dispatched_at" exp=""/>
    <constraint desc="" field="dispatch_late" exp=""/>
    <constraint desc="" field="handle_deadline" exp=""/>
    <constraint desc="" field="handled_at" exp=""/>
    <constraint desc="" field="handle_late" exp=""/>
    <constraint desc="" field="check_late" exp=""/>
    <constraint desc="" field="closed_at" exp=""/>
    <constraint desc="" field="updated_at" exp=""/>
    <constraint desc="" field="version" exp=""/>
    <constraint desc="" field="warn_at" exp=""/>
  </constraintExpressions>
  <expressionfields/>
  <mapTip></mapTip>
  <layerGeometryType>0</layerGeometryType>
</qgis>
