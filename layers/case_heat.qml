<!DOCTYPE qgis PUBLIC 'http://mrcc.com/qgis.dtd' 'SYSTEM'>
<qgis simplifyAlgorithm="0" simplifyLocal="1" version="3.22.16-Białowieża" maxScale="0" styleCategories="Symbology|Labeling|Fields|MapTips|Rendering" minScale="100000000" simplifyDrawingTol="1" simplifyMaxScale="1" hasScaleBasedVisibilityFlag="0" labelsEnabled="0" simplifyDrawingHints="1" symbologyReferenceScale="-1">
  <renderer-v2 radius_unit="0" forceraster="0" radius="6" referencescale="-1" type="heatmapRenderer" radius_map_unit_scale="3x:0,0,0,0,0,0" max_value="0" enableorderby="0" weight_expression="" quality="3" symbollevels="0">
    <colorramp type="gradient" name="[source]">
      <Option type="Map">
        <Option value="255,237,160,0" type="QString" name="color1"/>
        <Option value="189,0,38,255" type="QString" name="color2"/>
        <Option value="0" type="QString" name="discrete"/>
        <Option value="gradient" type="QString" name="rampType"/>
        <Option value="0.25;254,217,118,150:0.5;253,141,60,255:0.75;240,59,32,255" type="QString" name="stops"/>
      </Option>
      <prop v="255,237,160,0" k="color1"/>
      <prop v="189,0,38,255" k="color2"/>
      <prop v="0" k="discrete"/>
      <prop v="gradient" k="rampType"/>
      <prop v="0.25;254,217,118,150:0.5;253,141,60,255:0.75;240,59,32,255" k="stops"/>
    </colorramp>
  </renderer-v2>
  <blendMode>0</blendMode>
  <featureBlendMode>0</featureBlendMode>
  <layerOpacity>0.75</layerOpacity>
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
  </defaults>
  <constraints>
    <constraint field="id" constraints="0" exp_strength="0" notnull_strength="0" unique_strength="0"/>
    <constraint field="code" constraints="0" exp_strength="0" notnull_strength="0" unique_strength="0"/>
    <constraint field="source" constraints="0" exp_strength="0" notnull_strength="0" unique_strength="0"/>
    <constraint field="kind" constraints="0" exp_strength="0" notnull_strength="0" unique_strength="0"/>
    <constraint field="class_code" constraints="0" exp_strength="0" notnull_strength="0" unique_strength="0"/>
    <constraint field="description" constraints="0" exp_strength="0" notnull_strength="0" unique_strength="0"/>
    <constraint field="address" constraints="0" exp_strength="0" notnull_strength="0" unique_strength="0"/>
    <constraint field="urgent" constraints="0" exp_strength="0" notnull_strength="0" unique_strength="0"/>
    <constraint field="component_code" constraints="0" exp_strength="0" notnull_strength="0" unique_strength="0"/>
    <constraint field="x" constraints="0" exp_strength="0" notnull_strength="0" unique_strength="0"/>
    <constraint field="y" constraints="0" exp_strength="0" notnull_strength="0" unique_strength="0"/>
    <constraint field="grid_code" constraints="0" exp_strength="0" notnull_strength="0" unique_strength="0"/>
    <constraint field="community_code" constraints="0" exp_strength="0" notnull_strength="0" unique_strength="0"/>
    <constraint field="street_code" constraints="0" exp_strength="0" notnull_strength="0" unique_strength="0"/>
    <constraint field="district_code" constraints="0" exp_strength="0" notnull_strength="0" unique_strength="0"/>
    <constraint field="level" constraints="0" exp_strength="0" notnull_strength="0" unique_strength="0"/>
    <constraint field="state" constraints="0" exp_strength="0" notnull_strength="0" unique_strength="0"/>
    <constraint field="reporter" constraints="0" exp_strength="0" notnull_strength="0" unique_strength="0"/>
    <constraint field="inspector" constraints="0" exp_strength="0" notnull_strength="0" unique_strength="0"/>
    <constraint field="department_code" constraints="0" exp_strength="0" notnull_strength="0" unique_strength="0"/>
    <constraint field="suggested_department_code" constraints="0" exp_strength="0" notnull_strength="0" unique_strength="0"/>
    <constraint field="last_department_code" constraints="0" exp_strength="0" notnull_strength="0" unique_strength="0"/>
    <constraint field="stage" constraints="0" exp_strength="0" notnull_strength="0" unique_strength="0"/>
    <constraint field="stage_started_at" constraints="0" exp_strength="0" notnull_strength="0" unique_strength="0"/>
    <constraint field="deadline" constraints="0" exp_strength="0" notnull_strength="0" unique_strength="0"/>
    <constraint field="paused_at" constraints="0" exp_strength="0" notnull_strength="0" unique_strength="0"/>
    <constraint field="postponement_until" constraints="0" exp_strength="0" notnull_strength="0" unique_strength="0"/>
    <constraint field="verification_result" constraints="0" exp_strength="0" notnull_strength="0" unique_strength="0"/>
    <constraint field="check_result" constraints="0" exp_strength="0" notnull_strength="0" unique_strength="0"/>
    <constraint field="close_type" constraints="0" exp_strength="0" notnull_strength="0" unique_strength="0"/>
    <constraint field="rework_count" constraints="0" exp_strength="0" notnull_strength="0" unique_strength="0"/>
    <constraint field="return_count" constraints="0" exp_strength="0" notnull_strength="0" unique_strength="0"/>
    <constraint field="urge_count" constraints="0" exp_strength="0" notnull_strength="0" unique_strength="0"/>
    <constraint field="postpone_count" constraints="0" exp_strength="0" notnull_strength="0" unique_strength="0"/>
    <constraint field="registered_at" constraints="0" exp_strength="0" notnull_strength="0" unique_strength="0"/>
    <constraint field="accepted_at" constraints="0" exp_strength="0" notnull_strength="0" unique_strength="0"/>
    <constraint field="accept_late" constraints="0" exp_strength="0" notnull_strength="0" unique_strength="0"/>
    <constraint field="filed_at" constraints="0" exp_strength="0" notnull_strength="0" unique_strength="0"/>
    <constraint field="verify_late" constraints="0" exp_strength="0" notnull_strength="0" unique_strength="0"/>
    <constraint field="dispatched_at" constraints="0" exp_strength="0" notnull_strength="0" unique_strength="0"/>
    <constraint field="dispatch_late" constraints="0" exp_strength="0" notnull_strength="0" unique_strength="0"/>
    <constraint field="handle_deadline" constraints="0" exp_strength="0" notnull_strength="0" unique_strength="0"/>
    <constraint field="handled_at" constraints="0" exp_strength="0" notnull_strength="0" unique_strength="0"/>
    <constraint field="handle_late" constraints="0" exp_strength="0" notnull_strength="0" unique_strength="0"/>
    <constraint field="check_late" constraints="0" exp_strength="0" notnull_strength="0" unique_strength="0"/>
    <constraint field="closed_at" constraints="0" exp_strength="0" notnull_strength="0" unique_strength="0"/>
    <constraint field="updated_at" constraints="0" exp_strength="0" notnull_strength="0" unique_strength="0"/>
    <constraint field="version" constraints="0" exp_strength="0" notnull_strength="0" unique_strength="0"/>
    <constraint field="warn_at" constraints="0" exp_strength="0" notnull_strength="0" unique_strength="0"/>
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
  </constraintExpressions>
  <expressionfields/>
  <mapTip></mapTip>
  <layerGeometryType>0</layerGeometryType>
</qgis>
