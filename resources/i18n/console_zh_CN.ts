<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>AcceptanceDock</name>
    <message>
        <location filename="../../console/widgets/acceptance_dock.py" line="24"/>
        <source>Acceptance</source>
        <translation>受理</translation>
    </message>
    <message>
        <location filename="../../console/widgets/acceptance_dock.py" line="25"/>
        <source>All waiting</source>
        <translation>全部待办</translation>
    </message>
    <message>
        <location filename="../../console/widgets/acceptance_dock.py" line="25"/>
        <source>To accept</source>
        <translation>待受理</translation>
    </message>
    <message>
        <location filename="../../console/widgets/acceptance_dock.py" line="25"/>
        <source>In verification</source>
        <translation>核实中</translation>
    </message>
    <message>
        <location filename="../../console/widgets/acceptance_dock.py" line="30"/>
        <source>Reason or note (needed to reject, escalate, cancel, transfer)</source>
        <translation>原因或说明（不受理、提交值班长、作废、转市级时必填）</translation>
    </message>
    <message>
        <location filename="../../console/widgets/acceptance_dock.py" line="35"/>
        <source>Queue</source>
        <translation>待办队列</translation>
    </message>
    <message>
        <location filename="../../console/widgets/acceptance_dock.py" line="37"/>
        <source>New report</source>
        <translation>新登记</translation>
    </message>
    <message>
        <source>Possible duplicates</source>
        <translation>疑似重复</translation>
    </message>
</context>
<context>
    <name>AdjudicationDock</name>
    <message>
        <location filename="../../console/widgets/adjudication_dock.py" line="22"/>
        <source>Shift leader</source>
        <translation>值班长</translation>
    </message>
    <message>
        <location filename="../../console/widgets/adjudication_dock.py" line="23"/>
        <source>Escalated</source>
        <translation>待裁定</translation>
    </message>
    <message>
        <location filename="../../console/widgets/adjudication_dock.py" line="23"/>
        <source>Filed, not dispatched</source>
        <translation>已立案未派遣</translation>
    </message>
    <message>
        <location filename="../../console/widgets/adjudication_dock.py" line="23"/>
        <source>All</source>
        <translation>全部</translation>
    </message>
    <message>
        <location filename="../../console/widgets/adjudication_dock.py" line="28"/>
        <source>Reason (needed to reject, cancel, transfer)</source>
        <translation>原因（不受理、作废、转市级时必填）</translation>
    </message>
    <message>
        <source>Original case code (to merge a duplicate into)</source>
        <translation>原案卷编号（合并重复案卷时填写）</translation>
    </message>
    <message>
        <source>Possible duplicates</source>
        <translation>疑似重复</translation>
    </message>
    <message>
        <source>Possible duplicates of the selected case (same class, within 50 m, open): choose the original to merge the selected case into</source>
        <translation>所选案卷的疑似重复案卷（同一小类、50 米内、未结案）：选择要并入的原案卷</translation>
    </message>
    <message>
        <source>Merge into… ({n} possible duplicates)</source>
        <translation>并入…（{n} 件疑似重复）</translation>
    </message>
    <message>
        <source>{code} · {state} · {distance} m</source>
        <translation>{code} · {state} · {distance} 米</translation>
    </message>
    <message>
        <source>No possible duplicates</source>
        <translation>无疑似重复</translation>
    </message>
</context>
<context>
    <name>CaseDetailDock</name>
    <message>
        <source>Print</source>
        <translation>打印</translation>
    </message>
    <message>
        <location filename="../../console/widgets/case_detail_dock.py" line="143"/>
        <source>{ordered} (ordered; the cell&apos;s: {cell})</source>
        <translation>{ordered}（指派；本网格：{cell}）</translation>
    </message>
    <message>
        <location filename="../../console/widgets/case_detail_dock.py" line="127"/>
        <source>Case detail</source>
        <translation>案卷详情</translation>
    </message>
    <message>
        <location filename="../../console/widgets/case_detail_dock.py" line="59"/>
        <source>Fields</source>
        <translation>基本信息</translation>
    </message>
    <message>
        <location filename="../../console/widgets/case_detail_dock.py" line="64"/>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <location filename="../../console/widgets/case_detail_dock.py" line="64"/>
        <source>Action</source>
        <translation>操作</translation>
    </message>
    <message>
        <location filename="../../console/widgets/case_detail_dock.py" line="64"/>
        <source>By</source>
        <translation>操作人</translation>
    </message>
    <message>
        <location filename="../../console/widgets/case_detail_dock.py" line="97"/>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../console/widgets/case_detail_dock.py" line="64"/>
        <source>Note</source>
        <translation>意见</translation>
    </message>
    <message>
        <location filename="../../console/widgets/case_detail_dock.py" line="69"/>
        <source>Timeline</source>
        <translation>办理过程</translation>
    </message>
    <message>
        <location filename="../../console/widgets/case_detail_dock.py" line="97"/>
        <source>Stage</source>
        <translation>阶段</translation>
    </message>
    <message>
        <location filename="../../console/widgets/case_detail_dock.py" line="74"/>
        <source>Started</source>
        <translation>开始</translation>
    </message>
    <message>
        <location filename="../../console/widgets/case_detail_dock.py" line="97"/>
        <source>Deadline</source>
        <translation>时限</translation>
    </message>
    <message>
        <location filename="../../console/widgets/case_detail_dock.py" line="74"/>
        <source>Ended</source>
        <translation>结束</translation>
    </message>
    <message>
        <location filename="../../console/widgets/case_detail_dock.py" line="74"/>
        <source>On time</source>
        <translation>是否按时</translation>
    </message>
    <message>
        <location filename="../../console/widgets/case_detail_dock.py" line="78"/>
        <source>Deadlines</source>
        <translation>各阶段时限</translation>
    </message>
    <message>
        <location filename="../../console/widgets/case_detail_dock.py" line="84"/>
        <source>Photos</source>
        <translation>照片</translation>
    </message>
    <message>
        <location filename="../../console/widgets/case_detail_dock.py" line="86"/>
        <source>Select a case in a list or on the map.</source>
        <translation>请在列表或地图上选择一个案卷。</translation>
    </message>
    <message>
        <location filename="../../console/widgets/case_detail_dock.py" line="147"/>
        <source>Case {code}</source>
        <translation>案卷 {code}</translation>
    </message>
    <message>
        <location filename="../../console/widgets/case_detail_dock.py" line="200"/>
        <source>running</source>
        <translation>进行中</translation>
    </message>
    <message>
        <location filename="../../console/widgets/case_detail_dock.py" line="201"/>
        <source>late</source>
        <translation>超时</translation>
    </message>
    <message>
        <location filename="../../console/widgets/case_detail_dock.py" line="201"/>
        <source>yes</source>
        <translation>是</translation>
    </message>
    <message>
        <location filename="../../console/widgets/case_detail_dock.py" line="211"/>
        <source>Photos ({n})</source>
        <translation>照片（{n}）</translation>
    </message>
    <message>
        <location filename="../../console/widgets/case_detail_dock.py" line="97"/>
        <source>Case</source>
        <translation>案卷</translation>
    </message>
    <message>
        <location filename="../../console/widgets/case_detail_dock.py" line="97"/>
        <source>Time limit</source>
        <translation>时限状态</translation>
    </message>
    <message>
        <location filename="../../console/widgets/case_detail_dock.py" line="97"/>
        <source>Handling deadline</source>
        <translation>处置时限</translation>
    </message>
    <message>
        <location filename="../../console/widgets/case_detail_dock.py" line="97"/>
        <source>Source</source>
        <translation>来源</translation>
    </message>
    <message>
        <location filename="../../console/widgets/case_detail_dock.py" line="97"/>
        <source>Class</source>
        <translation>类别</translation>
    </message>
    <message>
        <location filename="../../console/widgets/case_detail_dock.py" line="97"/>
        <source>Description</source>
        <translation>问题描述</translation>
    </message>
    <message>
        <location filename="../../console/widgets/case_detail_dock.py" line="97"/>
        <source>Address</source>
        <translation>地址</translation>
    </message>
    <message>
        <location filename="../../console/widgets/case_detail_dock.py" line="97"/>
        <source>Urgent</source>
        <translation>紧急</translation>
    </message>
    <message>
        <location filename="../../console/widgets/case_detail_dock.py" line="97"/>
        <source>Component</source>
        <translation>部件</translation>
    </message>
    <message>
        <location filename="../../console/widgets/case_detail_dock.py" line="97"/>
        <source>Grid cell</source>
        <translation>单元网格</translation>
    </message>
    <message>
        <location filename="../../console/widgets/case_detail_dock.py" line="97"/>
        <source>Community</source>
        <translation>社区</translation>
    </message>
    <message>
        <location filename="../../console/widgets/case_detail_dock.py" line="97"/>
        <source>Level</source>
        <translation>级别</translation>
    </message>
    <message>
        <location filename="../../console/widgets/case_detail_dock.py" line="97"/>
        <source>Position</source>
        <translation>位置</translation>
    </message>
    <message>
        <location filename="../../console/widgets/case_detail_dock.py" line="97"/>
        <source>Reported by</source>
        <translation>登记人</translation>
    </message>
    <message>
        <location filename="../../console/widgets/case_detail_dock.py" line="97"/>
        <source>Inspector</source>
        <translation>监督员</translation>
    </message>
    <message>
        <location filename="../../console/widgets/case_detail_dock.py" line="97"/>
        <source>Suggested department</source>
        <translation>建议处置部门</translation>
    </message>
    <message>
        <location filename="../../console/widgets/case_detail_dock.py" line="97"/>
        <source>Department</source>
        <translation>处置部门</translation>
    </message>
    <message>
        <location filename="../../console/widgets/case_detail_dock.py" line="97"/>
        <source>Postponement requested until</source>
        <translation>申请延期至</translation>
    </message>
    <message>
        <location filename="../../console/widgets/case_detail_dock.py" line="97"/>
        <source>Verification</source>
        <translation>核实结果</translation>
    </message>
    <message>
        <location filename="../../console/widgets/case_detail_dock.py" line="97"/>
        <source>Inspection</source>
        <translation>核查结果</translation>
    </message>
    <message>
        <location filename="../../console/widgets/case_detail_dock.py" line="97"/>
        <source>Reworks / returns / urges</source>
        <translation>返工 / 退回 / 督办次数</translation>
    </message>
    <message>
        <location filename="../../console/widgets/case_detail_dock.py" line="97"/>
        <source>Close type</source>
        <translation>结案类型</translation>
    </message>
    <message>
        <location filename="../../console/widgets/case_detail_dock.py" line="97"/>
        <source>Registered</source>
        <translation>登记时间</translation>
    </message>
    <message>
        <location filename="../../console/widgets/case_detail_dock.py" line="97"/>
        <source>Closed</source>
        <translation>结案时间</translation>
    </message>
    <message>
        <location filename="../../console/widgets/case_detail_dock.py" line="97"/>
        <source>Last change</source>
        <translation>最后更新</translation>
    </message>
    <message>
        <location filename="../../console/widgets/case_detail_dock.py" line="97"/>
        <source>Version</source>
        <translation>版本</translation>
    </message>
    <message>
        <source>Possible duplicates</source>
        <translation>疑似重复</translation>
    </message>
    <message>
        <source>Merged</source>
        <translation>合并</translation>
    </message>
    <message>
        <source>Caller</source>
        <translation>举报人</translation>
    </message>
    <message>
        <source>Reply to caller</source>
        <translation>回访</translation>
    </message>
    <message>
        <source>All reporters</source>
        <translation>全部上报人</translation>
    </message>
    <message>
        <source>(no name)</source>
        <translation>（未留姓名）</translation>
    </message>
    <message>
        <source>wants a reply</source>
        <translation>需要回复</translation>
    </message>
    <message>
        <source>no reply wanted</source>
        <translation>无需回复</translation>
    </message>
    <message>
        <source>{link} {state}, {distance} m</source>
        <translation>{link}　{state}，相距 {distance} 米</translation>
    </message>
    <message>
        <source>into {link}</source>
        <translation>已并入 {link}</translation>
    </message>
    <message>
        <source>duplicates merged here: {codes}</source>
        <translation>已并入本案的重复案卷：{codes}</translation>
    </message>
    <message>
        <source>satisfied</source>
        <translation>满意</translation>
    </message>
    <message>
        <source>not satisfied</source>
        <translation>不满意</translation>
    </message>
    <message>
        <source>caller reached</source>
        <translation>已联系上</translation>
    </message>
    <message>
        <source>caller not reached yet</source>
        <translation>尚未联系上</translation>
    </message>
    <message>
        <source>caller not reached</source>
        <translation>未联系上</translation>
    </message>
    <message>
        <source>reply due</source>
        <translation>待回访</translation>
    </message>
    <message>
        <source>after closing</source>
        <translation>结案后回访</translation>
    </message>
    <message>
        <source> (on behalf)</source>
        <translation>（代处理）</translation>
    </message>
    <message>
        <source>duplicate {code} merged here</source>
        <translation>重复案卷 {code} 已并入</translation>
    </message>
    <message>
        <source>merged into {code}</source>
        <translation>已并入 {code}</translation>
    </message>
    <message>
        <source> (estimated: holidays of {year} not loaded)</source>
        <translation>（估算：{year} 年节假日未载入）</translation>
    </message>
</context>
<context>
    <name>CaseDock</name>
    <message>
        <location filename="../../console/widgets/case_dock.py" line="300"/>
        <source>Inspector sent</source>
        <translation>派往监督员</translation>
    </message>
    <message>
        <location filename="../../console/widgets/case_dock.py" line="320"/>
        <source>{inspector}, of the cell</source>
        <translation>{inspector}（本网格）</translation>
    </message>
    <message>
        <location filename="../../console/widgets/case_dock.py" line="62"/>
        <source>Missing or invalid input</source>
        <translation>输入缺失或无效</translation>
    </message>
    <message>
        <location filename="../../console/widgets/case_dock.py" line="63"/>
        <source>Not found</source>
        <translation>未找到</translation>
    </message>
    <message>
        <location filename="../../console/widgets/case_dock.py" line="64"/>
        <source>Not permitted</source>
        <translation>无此权限</translation>
    </message>
    <message>
        <location filename="../../console/widgets/case_dock.py" line="65"/>
        <source>Login failed</source>
        <translation>登录失败</translation>
    </message>
    <message>
        <location filename="../../console/widgets/case_dock.py" line="66"/>
        <source>Not possible in the case&apos;s state</source>
        <translation>案卷当前状态不允许此操作</translation>
    </message>
    <message>
        <location filename="../../console/widgets/case_dock.py" line="67"/>
        <source>Changed meanwhile by someone else; the list now shows the current state</source>
        <translation>案卷已被他人修改，列表已显示最新状态</translation>
    </message>
    <message>
        <location filename="../../console/widgets/case_dock.py" line="68"/>
        <source>Database connection lost</source>
        <translation>数据库连接中断</translation>
    </message>
    <message>
        <location filename="../../console/widgets/case_dock.py" line="161"/>
        <source>Filter by code, class, grid…</source>
        <translation>按编号、小类、网格筛选…</translation>
    </message>
    <message>
        <location filename="../../console/widgets/case_dock.py" line="280"/>
        <source>Loading {panel}</source>
        <translation>正在加载{panel}</translation>
    </message>
    <message>
        <location filename="../../console/widgets/case_dock.py" line="303"/>
        <source>Cannot load {panel}</source>
        <translation>无法加载{panel}</translation>
    </message>
    <message>
        <location filename="../../console/widgets/case_dock.py" line="441"/>
        <source>{n} cases</source>
        <translation>{n} 件</translation>
    </message>
    <message>
        <location filename="../../console/widgets/case_dock.py" line="470"/>
        <source>Select a case first.</source>
        <translation>请先选择一个案卷。</translation>
    </message>
    <message>
        <location filename="../../console/widgets/case_dock.py" line="478"/>
        <source>{action} refused for {code}</source>
        <translation>案卷 {code} 无法{action}</translation>
    </message>
    <message>
        <location filename="../../console/widgets/case_dock.py" line="486"/>
        <source>{code}: {action} → {state}</source>
        <translation>{code}：{action} → {state}</translation>
    </message>
    <message>
        <source>No case selected: select one in the list or on the map.</source>
        <translation>未选择案卷：请在列表或地图上选择。</translation>
    </message>
    <message>
        <source>Acts on case {code} (version {version}, {state})</source>
        <translation>操作对象：案卷 {code}（第 {version} 版，{state}）</translation>
    </message>
    <message>
        <source>{action} refused for case {code} (version {version})</source>
        <translation>案卷 {code}（第 {version} 版）：{action}未执行</translation>
    </message>
    <message>
        <source>Case {code} (version {old} → {new}): {action} done, now {state}</source>
        <translation>案卷 {code}（第 {old} → {new} 版）：{action}完成，当前状态“{state}”</translation>
    </message>
</context>
<context>
    <name>CaseTableModel</name>
    <message>
        <location filename="../../console/widgets/case_table_model.py" line="92"/>
        <source>return requested</source>
        <translation>申请退回</translation>
    </message>
    <message>
        <location filename="../../console/widgets/case_table_model.py" line="96"/>
        <source>urged, reply due</source>
        <translation>已督办，待回复</translation>
    </message>
    <message>
        <location filename="../../console/widgets/case_table_model.py" line="100"/>
        <source>verified</source>
        <translation>核实属实</translation>
    </message>
    <message>
        <location filename="../../console/widgets/case_table_model.py" line="102"/>
        <source>verification failed</source>
        <translation>核实不属实</translation>
    </message>
    <message>
        <location filename="../../console/widgets/case_table_model.py" line="103"/>
        <source>to verify</source>
        <translation>待核实</translation>
    </message>
    <message>
        <location filename="../../console/widgets/case_table_model.py" line="34"/>
        <source>Case</source>
        <translation>案卷</translation>
    </message>
    <message>
        <location filename="../../console/widgets/case_table_model.py" line="35"/>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../console/widgets/case_table_model.py" line="36"/>
        <source>Source</source>
        <translation>来源</translation>
    </message>
    <message>
        <location filename="../../console/widgets/case_table_model.py" line="37"/>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <location filename="../../console/widgets/case_table_model.py" line="38"/>
        <source>Class</source>
        <translation>小类</translation>
    </message>
    <message>
        <location filename="../../console/widgets/case_table_model.py" line="39"/>
        <source>Grid cell</source>
        <translation>单元网格</translation>
    </message>
    <message>
        <location filename="../../console/widgets/case_table_model.py" line="40"/>
        <source>Age</source>
        <translation>已历时</translation>
    </message>
    <message>
        <location filename="../../console/widgets/case_table_model.py" line="41"/>
        <source>Deadline</source>
        <translation>时限</translation>
    </message>
    <message>
        <location filename="../../console/widgets/case_table_model.py" line="42"/>
        <source>Time limit</source>
        <translation>时限状态</translation>
    </message>
    <message>
        <location filename="../../console/widgets/case_table_model.py" line="43"/>
        <source>Department</source>
        <translation>处置部门</translation>
    </message>
    <message>
        <location filename="../../console/widgets/case_table_model.py" line="44"/>
        <source>Suggested department</source>
        <translation>建议处置部门</translation>
    </message>
    <message>
        <location filename="../../console/widgets/case_table_model.py" line="45"/>
        <source>Inspection</source>
        <translation>核查结果</translation>
    </message>
    <message>
        <location filename="../../console/widgets/case_table_model.py" line="46"/>
        <source>Postponement requested</source>
        <translation>申请延期至</translation>
    </message>
    <message>
        <location filename="../../console/widgets/case_table_model.py" line="47"/>
        <source>Reworks</source>
        <translation>返工次数</translation>
    </message>
    <message>
        <location filename="../../console/widgets/case_table_model.py" line="48"/>
        <source>Level</source>
        <translation>级别</translation>
    </message>
    <message>
        <location filename="../../console/widgets/case_table_model.py" line="49"/>
        <source>Address</source>
        <translation>地址</translation>
    </message>
    <message>
        <location filename="../../console/widgets/case_table_model.py" line="50"/>
        <source>Description</source>
        <translation>问题描述</translation>
    </message>
    <message>
        <location filename="../../console/widgets/case_table_model.py" line="51"/>
        <source>Urgent</source>
        <translation>紧急</translation>
    </message>
    <message>
        <location filename="../../console/widgets/case_table_model.py" line="73"/>
        <source>{d}d {h}h</source>
        <translation>{d}天{h}小时</translation>
    </message>
    <message>
        <location filename="../../console/widgets/case_table_model.py" line="75"/>
        <source>{h}h {m}m</source>
        <translation>{h}小时{m}分</translation>
    </message>
    <message>
        <location filename="../../console/widgets/case_table_model.py" line="76"/>
        <source>{m}m</source>
        <translation>{m}分钟</translation>
    </message>
    <message>
        <location filename="../../console/widgets/case_table_model.py" line="214"/>
        <source>postponement requested</source>
        <translation>申请延期</translation>
    </message>
    <message>
        <location filename="../../console/widgets/case_table_model.py" line="241"/>
        <source>waiting</source>
        <translation>待核查</translation>
    </message>
    <message>
        <source>Duplicates</source>
        <translation>重复</translation>
    </message>
    <message>
        <source>Caller</source>
        <translation>举报人</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <source>Reply</source>
        <translation>回访</translation>
    </message>
    <message>
        <source>Ended</source>
        <translation>结束时间</translation>
    </message>
    <message>
        <source>{n} possible duplicates: same class, within 50 m, open (see the case detail)</source>
        <translation>{n} 件疑似重复：同一小类、50 米内、未结案（见案卷详情）</translation>
    </message>
    <message>
        <source>Satisfied</source>
        <translation>满意</translation>
    </message>
    <message>
        <source>Not satisfied</source>
        <translation>不满意</translation>
    </message>
    <message>
        <source>Reached</source>
        <translation>已联系上</translation>
    </message>
    <message>
        <source>Not reached</source>
        <translation>未联系上</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>待回访</translation>
    </message>
</context>
<context>
    <name>ClassPicker</name>
    <message>
        <location filename="../../console/widgets/class_picker.py" line="41"/>
        <source>Type a code or a name to search the catalog</source>
        <translation>输入编码或名称检索类别</translation>
    </message>
    <message>
        <location filename="../../console/widgets/class_picker.py" line="57"/>
        <source>Major class</source>
        <translation>大类</translation>
    </message>
    <message>
        <location filename="../../console/widgets/class_picker.py" line="61"/>
        <source>Minor class</source>
        <translation>小类</translation>
    </message>
    <message>
        <source>— major class —</source>
        <translation>— 大类 —</translation>
    </message>
    <message>
        <source>— choose the class —</source>
        <translation>— 请选择小类 —</translation>
    </message>
</context>
<context>
    <name>ClosureDock</name>
    <message>
        <location filename="../../console/widgets/closure_dock.py" line="38"/>
        <source>Closure</source>
        <translation>结案</translation>
    </message>
    <message>
        <location filename="../../console/widgets/closure_dock.py" line="40"/>
        <source>All in inspection</source>
        <translation>全部核查中</translation>
    </message>
    <message>
        <location filename="../../console/widgets/closure_dock.py" line="40"/>
        <source>Inspection passed</source>
        <translation>核查通过</translation>
    </message>
    <message>
        <location filename="../../console/widgets/closure_dock.py" line="40"/>
        <source>Inspection failed</source>
        <translation>核查未通过</translation>
    </message>
    <message>
        <location filename="../../console/widgets/closure_dock.py" line="40"/>
        <source>Waiting for the inspector</source>
        <translation>等待监督员核查</translation>
    </message>
    <message>
        <location filename="../../console/widgets/closure_dock.py" line="51"/>
        <source>Close type</source>
        <translation>结案类型</translation>
    </message>
    <message>
        <location filename="../../console/widgets/closure_dock.py" line="52"/>
        <source>Needed for rework</source>
        <translation>返工时必填</translation>
    </message>
    <message>
        <location filename="../../console/widgets/closure_dock.py" line="52"/>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <location filename="../../console/widgets/closure_dock.py" line="63"/>
        <source>Before: as reported</source>
        <translation>处置前：上报照片</translation>
    </message>
    <message>
        <location filename="../../console/widgets/closure_dock.py" line="65"/>
        <source>After: handled and inspected</source>
        <translation>处置后：处置及核查照片</translation>
    </message>
    <message>
        <source>To order the inspection</source>
        <translation>待派发核查</translation>
    </message>
    <message>
        <source>With the shift leader</source>
        <translation>值班长裁定中</translation>
    </message>
    <message>
        <source>Needed for rework and to escalate</source>
        <translation>返工、提交值班长时必填</translation>
    </message>
</context>
<context>
    <name>DispatchDock</name>
    <message>
        <location filename="../../console/widgets/dispatch_dock.py" line="48"/>
        <source>Handled on behalf of the responsible department</source>
        <translation>代处理（非责任单位代为处置）</translation>
    </message>
    <message>
        <location filename="../../console/widgets/dispatch_dock.py" line="27"/>
        <source>Dispatch</source>
        <translation>派遣</translation>
    </message>
    <message>
        <location filename="../../console/widgets/dispatch_dock.py" line="29"/>
        <source>To dispatch</source>
        <translation>待派遣</translation>
    </message>
    <message>
        <location filename="../../console/widgets/dispatch_dock.py" line="29"/>
        <source>Feedback to review</source>
        <translation>处置反馈待审核</translation>
    </message>
    <message>
        <location filename="../../console/widgets/dispatch_dock.py" line="29"/>
        <source>Postponement requests</source>
        <translation>延期申请</translation>
    </message>
    <message>
        <location filename="../../console/widgets/dispatch_dock.py" line="29"/>
        <source>With departments</source>
        <translation>处置中</translation>
    </message>
    <message>
        <location filename="../../console/widgets/dispatch_dock.py" line="29"/>
        <source>Suspended</source>
        <translation>挂账</translation>
    </message>
    <message>
        <location filename="../../console/widgets/dispatch_dock.py" line="29"/>
        <source>All</source>
        <translation>全部</translation>
    </message>
    <message>
        <location filename="../../console/widgets/dispatch_dock.py" line="42"/>
        <source>Department</source>
        <translation>处置部门</translation>
    </message>
    <message>
        <location filename="../../console/widgets/dispatch_dock.py" line="43"/>
        <source>Needed to send back, urge, suspend</source>
        <translation>退回重办、督办、挂账时必填</translation>
    </message>
    <message>
        <location filename="../../console/widgets/dispatch_dock.py" line="43"/>
        <source>Reason or note</source>
        <translation>原因或说明</translation>
    </message>
    <message>
        <location filename="../../console/widgets/dispatch_dock.py" line="65"/>
        <source>{name} (suggested)</source>
        <translation>{name}（建议）</translation>
    </message>
    <message>
        <source>Return requests</source>
        <translation>退回申请</translation>
    </message>
    <message>
        <source>Needed to send back, urge, recall, deny a return, suspend</source>
        <translation>退回重办、督办、收回改派、驳回退回、挂账时必填</translation>
    </message>
</context>
<context>
    <name>GisDock</name>
    <message>
        <location filename="../../console/widgets/gis_dock.py" line="49"/>
        <source>Intact</source>
        <translation>完好</translation>
    </message>
    <message>
        <location filename="../../console/widgets/gis_dock.py" line="50"/>
        <source>Damaged</source>
        <translation>破损</translation>
    </message>
    <message>
        <location filename="../../console/widgets/gis_dock.py" line="51"/>
        <source>Missing</source>
        <translation>丢失</translation>
    </message>
    <message>
        <location filename="../../console/widgets/gis_dock.py" line="52"/>
        <source>Occupied</source>
        <translation>占用</translation>
    </message>
    <message>
        <location filename="../../console/widgets/gis_dock.py" line="55"/>
        <source>Added</source>
        <translation>新增</translation>
    </message>
    <message>
        <location filename="../../console/widgets/gis_dock.py" line="56"/>
        <source>Changed</source>
        <translation>修改</translation>
    </message>
    <message>
        <location filename="../../console/widgets/gis_dock.py" line="57"/>
        <source>Retired</source>
        <translation>注销</translation>
    </message>
    <message>
        <location filename="../../console/widgets/gis_dock.py" line="60"/>
        <source>Moved</source>
        <translation>移位</translation>
    </message>
    <message>
        <location filename="../../console/widgets/gis_dock.py" line="62"/>
        <source>Code</source>
        <translation>标识码</translation>
    </message>
    <message>
        <location filename="../../console/widgets/gis_dock.py" line="227"/>
        <source>Class</source>
        <translation>类别</translation>
    </message>
    <message>
        <location filename="../../console/widgets/gis_dock.py" line="229"/>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../console/widgets/gis_dock.py" line="231"/>
        <source>Owner</source>
        <translation>权属单位</translation>
    </message>
    <message>
        <location filename="../../console/widgets/gis_dock.py" line="233"/>
        <source>Maintainer</source>
        <translation>养护单位</translation>
    </message>
    <message>
        <location filename="../../console/widgets/gis_dock.py" line="62"/>
        <source>Grid cell</source>
        <translation>单元网格</translation>
    </message>
    <message>
        <location filename="../../console/widgets/gis_dock.py" line="62"/>
        <source>Position</source>
        <translation>位置</translation>
    </message>
    <message>
        <location filename="../../console/widgets/gis_dock.py" line="237"/>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <location filename="../../console/widgets/gis_dock.py" line="96"/>
        <source>Component maintenance</source>
        <translation>部件维护</translation>
    </message>
    <message>
        <location filename="../../console/widgets/gis_dock.py" line="113"/>
        <source>Select on map</source>
        <translation>地图选取</translation>
    </message>
    <message>
        <location filename="../../console/widgets/gis_dock.py" line="116"/>
        <source>Click components on the map to show and edit them</source>
        <translation>在地图上点击部件，查看并编辑</translation>
    </message>
    <message>
        <location filename="../../console/widgets/gis_dock.py" line="110"/>
        <source>Selected component</source>
        <translation>选中部件</translation>
    </message>
    <message>
        <location filename="../../console/widgets/gis_dock.py" line="482"/>
        <source>New component</source>
        <translation>新增部件</translation>
    </message>
    <message>
        <location filename="../../console/widgets/gis_dock.py" line="133"/>
        <source>No component selected. Press “Select on map” and click a component, or find one by its code.</source>
        <translation>未选中部件。点击“地图选取”后在地图上点击部件，或在查找框中输入部件标识码。</translation>
    </message>
    <message>
        <location filename="../../console/widgets/gis_dock.py" line="204"/>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <location filename="../../console/widgets/gis_dock.py" line="204"/>
        <source>By</source>
        <translation>操作人</translation>
    </message>
    <message>
        <location filename="../../console/widgets/gis_dock.py" line="204"/>
        <source>Edit</source>
        <translation>操作</translation>
    </message>
    <message>
        <location filename="../../console/widgets/gis_dock.py" line="210"/>
        <source>Edit history</source>
        <translation>编辑记录</translation>
    </message>
    <message>
        <location filename="../../console/widgets/gis_dock.py" line="160"/>
        <source>None</source>
        <translation>无</translation>
    </message>
    <message>
        <location filename="../../console/widgets/gis_dock.py" line="171"/>
        <source>Move on map…</source>
        <translation>地图移位…</translation>
    </message>
    <message>
        <location filename="../../console/widgets/gis_dock.py" line="173"/>
        <source>Click the new place of the component on the map</source>
        <translation>在地图上点击部件的新位置</translation>
    </message>
    <message>
        <location filename="../../console/widgets/gis_dock.py" line="181"/>
        <source>Save changes</source>
        <translation>保存修改</translation>
    </message>
    <message>
        <location filename="../../console/widgets/gis_dock.py" line="193"/>
        <source>Retire</source>
        <translation>注销</translation>
    </message>
    <message>
        <location filename="../../console/widgets/gis_dock.py" line="191"/>
        <source>Reason (required): demolished, surveyed twice…</source>
        <translation>原因（必填）：已拆除、重复普查…</translation>
    </message>
    <message>
        <location filename="../../console/widgets/gis_dock.py" line="195"/>
        <source>Remove the component from the layer; its edit history is kept</source>
        <translation>从图层中移除该部件；编辑记录保留</translation>
    </message>
    <message>
        <location filename="../../console/widgets/gis_dock.py" line="230"/>
        <source>Usual owner of the class</source>
        <translation>该类部件通常的权属单位</translation>
    </message>
    <message>
        <location filename="../../console/widgets/gis_dock.py" line="232"/>
        <source>Same as the owner</source>
        <translation>同权属单位</translation>
    </message>
    <message>
        <location filename="../../console/widgets/gis_dock.py" line="236"/>
        <source>Optional</source>
        <translation>选填</translation>
    </message>
    <message>
        <location filename="../../console/widgets/gis_dock.py" line="241"/>
        <source>Pick on map and add</source>
        <translation>地图选点新增</translation>
    </message>
    <message>
        <location filename="../../console/widgets/gis_dock.py" line="243"/>
        <source>The component is added where you click on the map</source>
        <translation>部件添加在地图上点击的位置</translation>
    </message>
    <message>
        <location filename="../../console/widgets/gis_dock.py" line="297"/>
        <source>Component {code}</source>
        <translation>部件 {code}</translation>
    </message>
    <message>
        <location filename="../../console/widgets/gis_dock.py" line="294"/>
        <source>Component {code} was retired.</source>
        <translation>部件 {code} 已被注销。</translation>
    </message>
    <message>
        <location filename="../../console/widgets/gis_dock.py" line="411"/>
        <source>Component not added</source>
        <translation>未能新增部件</translation>
    </message>
    <message>
        <location filename="../../console/widgets/gis_dock.py" line="414"/>
        <source>Added component {code} ({name}) in grid cell {grid}</source>
        <translation>已在单元网格 {grid} 新增部件 {code}（{name}）</translation>
    </message>
    <message>
        <location filename="../../console/widgets/gis_dock.py" line="421"/>
        <source>Move</source>
        <translation>移位</translation>
    </message>
    <message>
        <location filename="../../console/widgets/gis_dock.py" line="421"/>
        <source>Select a component first.</source>
        <translation>请先选择部件。</translation>
    </message>
    <message>
        <location filename="../../console/widgets/gis_dock.py" line="426"/>
        <source>{code} not moved</source>
        <translation>部件 {code} 未能移位</translation>
    </message>
    <message>
        <location filename="../../console/widgets/gis_dock.py" line="428"/>
        <source>Moved component {code} to grid cell {grid}</source>
        <translation>已将部件 {code} 移至单元网格 {grid}</translation>
    </message>
    <message>
        <location filename="../../console/widgets/gis_dock.py" line="440"/>
        <source>{code} not changed</source>
        <translation>部件 {code} 未能修改</translation>
    </message>
    <message>
        <location filename="../../console/widgets/gis_dock.py" line="442"/>
        <source>Saved component {code}</source>
        <translation>已保存部件 {code}</translation>
    </message>
    <message>
        <location filename="../../console/widgets/gis_dock.py" line="453"/>
        <source>{code} not retired</source>
        <translation>部件 {code} 未能注销</translation>
    </message>
    <message>
        <location filename="../../console/widgets/gis_dock.py" line="456"/>
        <source>Retired component {code}</source>
        <translation>已注销部件 {code}</translation>
    </message>
    <message>
        <location filename="../../console/widgets/gis_dock.py" line="482"/>
        <source>Choose the class first.</source>
        <translation>请先选择部件类别。</translation>
    </message>
    <message>
        <location filename="../../console/widgets/gis_dock.py" line="62"/>
        <source>Installed on</source>
        <translation>初始日期</translation>
    </message>
    <message>
        <location filename="../../console/widgets/gis_dock.py" line="62"/>
        <source>Changed on</source>
        <translation>变更日期</translation>
    </message>
    <message>
        <location filename="../../console/widgets/gis_dock.py" line="339"/>
        <source>No edits recorded yet</source>
        <translation>尚无编辑记录</translation>
    </message>
    <message>
        <location filename="../../console/widgets/gis_dock.py" line="177"/>
        <source>Undo changes</source>
        <translation>撤销修改</translation>
    </message>
</context>
<context>
    <name>HandlingDock</name>
    <message>
        <location filename="../../console/widgets/handling_dock.py" line="31"/>
        <source>Handling</source>
        <translation>处置</translation>
    </message>
    <message>
        <location filename="../../console/widgets/handling_dock.py" line="34"/>
        <source>What was done, or why the case is returned or postponed</source>
        <translation>处置结果，或退回、延期的原因</translation>
    </message>
    <message>
        <location filename="../../console/widgets/handling_dock.py" line="34"/>
        <source>Result or reason</source>
        <translation>处置结果或原因</translation>
    </message>
    <message>
        <location filename="../../console/widgets/handling_dock.py" line="37"/>
        <source>Photos after handling</source>
        <translation>处置后照片</translation>
    </message>
    <message>
        <location filename="../../console/widgets/handling_dock.py" line="42"/>
        <source>Postpone until</source>
        <translation>延期至</translation>
    </message>
    <message>
        <location filename="../../console/widgets/handling_dock.py" line="85"/>
        <source>Photos</source>
        <translation>照片</translation>
    </message>
    <message>
        <source>What was done, why it is returned or postponed, the reply to an urging</source>
        <translation>处置结果，或退回、延期的原因，或督办回复</translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <location filename="../../console/widgets/labels.py" line="12"/>
        <source>Reported</source>
        <translation>待受理</translation>
    </message>
    <message>
        <location filename="../../console/widgets/labels.py" line="13"/>
        <source>Verifying</source>
        <translation>核实中</translation>
    </message>
    <message>
        <location filename="../../console/widgets/labels.py" line="14"/>
        <source>With shift leader</source>
        <translation>值班长裁定中</translation>
    </message>
    <message>
        <location filename="../../console/widgets/labels.py" line="15"/>
        <source>Filed</source>
        <translation>已立案</translation>
    </message>
    <message>
        <location filename="../../console/widgets/labels.py" line="16"/>
        <source>Dispatched</source>
        <translation>已派遣</translation>
    </message>
    <message>
        <location filename="../../console/widgets/labels.py" line="17"/>
        <source>Suspended</source>
        <translation>已挂账</translation>
    </message>
    <message>
        <location filename="../../console/widgets/labels.py" line="18"/>
        <source>Handled</source>
        <translation>已处置</translation>
    </message>
    <message>
        <location filename="../../console/widgets/labels.py" line="19"/>
        <source>Inspecting</source>
        <translation>核查中</translation>
    </message>
    <message>
        <location filename="../../console/widgets/labels.py" line="20"/>
        <source>Closed</source>
        <translation>已结案</translation>
    </message>
    <message>
        <location filename="../../console/widgets/labels.py" line="21"/>
        <source>Rejected</source>
        <translation>不予受理</translation>
    </message>
    <message>
        <location filename="../../console/widgets/labels.py" line="22"/>
        <source>Cancelled</source>
        <translation>已作废</translation>
    </message>
    <message>
        <location filename="../../console/widgets/labels.py" line="26"/>
        <source>Register</source>
        <translation>登记</translation>
    </message>
    <message>
        <location filename="../../console/widgets/labels.py" line="27"/>
        <source>Request verification</source>
        <translation>派发核实</translation>
    </message>
    <message>
        <location filename="../../console/widgets/labels.py" line="28"/>
        <source>Verification result</source>
        <translation>核实反馈</translation>
    </message>
    <message>
        <location filename="../../console/widgets/labels.py" line="29"/>
        <source>Escalate</source>
        <translation>提交值班长</translation>
    </message>
    <message>
        <location filename="../../console/widgets/labels.py" line="30"/>
        <source>File</source>
        <translation>立案</translation>
    </message>
    <message>
        <location filename="../../console/widgets/labels.py" line="31"/>
        <source>Reject</source>
        <translation>不受理</translation>
    </message>
    <message>
        <location filename="../../console/widgets/labels.py" line="32"/>
        <source>Transfer to city</source>
        <translation>转市级</translation>
    </message>
    <message>
        <location filename="../../console/widgets/labels.py" line="102"/>
        <source>Dispatch</source>
        <translation>派遣</translation>
    </message>
    <message>
        <location filename="../../console/widgets/labels.py" line="34"/>
        <source>Return</source>
        <translation>退回</translation>
    </message>
    <message>
        <location filename="../../console/widgets/labels.py" line="35"/>
        <source>Request postponement</source>
        <translation>申请延期</translation>
    </message>
    <message>
        <location filename="../../console/widgets/labels.py" line="36"/>
        <source>Approve postponement</source>
        <translation>批准延期</translation>
    </message>
    <message>
        <location filename="../../console/widgets/labels.py" line="37"/>
        <source>Deny postponement</source>
        <translation>驳回延期</translation>
    </message>
    <message>
        <location filename="../../console/widgets/labels.py" line="38"/>
        <source>Urge</source>
        <translation>督办</translation>
    </message>
    <message>
        <location filename="../../console/widgets/labels.py" line="39"/>
        <source>Suspend</source>
        <translation>挂账</translation>
    </message>
    <message>
        <location filename="../../console/widgets/labels.py" line="40"/>
        <source>Resume</source>
        <translation>恢复办理</translation>
    </message>
    <message>
        <location filename="../../console/widgets/labels.py" line="41"/>
        <source>Report done</source>
        <translation>处置完毕反馈</translation>
    </message>
    <message>
        <location filename="../../console/widgets/labels.py" line="42"/>
        <source>Accept result</source>
        <translation>审核通过并核查</translation>
    </message>
    <message>
        <location filename="../../console/widgets/labels.py" line="43"/>
        <source>Send back</source>
        <translation>退回重办</translation>
    </message>
    <message>
        <location filename="../../console/widgets/labels.py" line="44"/>
        <source>Inspection result</source>
        <translation>核查反馈</translation>
    </message>
    <message>
        <location filename="../../console/widgets/labels.py" line="45"/>
        <source>Close case</source>
        <translation>结案</translation>
    </message>
    <message>
        <location filename="../../console/widgets/labels.py" line="46"/>
        <source>Rework</source>
        <translation>返工</translation>
    </message>
    <message>
        <location filename="../../console/widgets/labels.py" line="47"/>
        <source>Cancel case</source>
        <translation>作废</translation>
    </message>
    <message>
        <location filename="../../console/widgets/labels.py" line="51"/>
        <source>Inspector report</source>
        <translation>监督员上报</translation>
    </message>
    <message>
        <location filename="../../console/widgets/labels.py" line="52"/>
        <source>Public report</source>
        <translation>公众举报</translation>
    </message>
    <message>
        <location filename="../../console/widgets/labels.py" line="53"/>
        <source>System alert</source>
        <translation>系统报警</translation>
    </message>
    <message>
        <location filename="../../console/widgets/labels.py" line="54"/>
        <source>Leader instruction</source>
        <translation>领导批办</translation>
    </message>
    <message>
        <location filename="../../console/widgets/labels.py" line="55"/>
        <source>Video surveillance</source>
        <translation>视频监控</translation>
    </message>
    <message>
        <location filename="../../console/widgets/labels.py" line="59"/>
        <source>Inspector</source>
        <translation>监督员</translation>
    </message>
    <message>
        <location filename="../../console/widgets/labels.py" line="60"/>
        <source>Acceptor</source>
        <translation>受理员</translation>
    </message>
    <message>
        <location filename="../../console/widgets/labels.py" line="61"/>
        <source>Shift leader</source>
        <translation>值班长</translation>
    </message>
    <message>
        <location filename="../../console/widgets/labels.py" line="62"/>
        <source>Dispatcher</source>
        <translation>派遣员</translation>
    </message>
    <message>
        <location filename="../../console/widgets/labels.py" line="63"/>
        <source>Commander</source>
        <translation>指挥长</translation>
    </message>
    <message>
        <location filename="../../console/widgets/labels.py" line="64"/>
        <source>Department</source>
        <translation>专业部门</translation>
    </message>
    <message>
        <location filename="../../console/widgets/labels.py" line="65"/>
        <source>Leader</source>
        <translation>领导</translation>
    </message>
    <message>
        <location filename="../../console/widgets/labels.py" line="66"/>
        <source>GIS technician</source>
        <translation>GIS 技术员</translation>
    </message>
    <message>
        <location filename="../../console/widgets/labels.py" line="67"/>
        <source>Administrator</source>
        <translation>管理员</translation>
    </message>
    <message>
        <location filename="../../console/widgets/labels.py" line="68"/>
        <source>Viewer</source>
        <translation>观看员</translation>
    </message>
    <message>
        <location filename="../../console/widgets/labels.py" line="72"/>
        <source>On time</source>
        <translation>正常</translation>
    </message>
    <message>
        <location filename="../../console/widgets/labels.py" line="73"/>
        <source>Due soon</source>
        <translation>预警</translation>
    </message>
    <message>
        <location filename="../../console/widgets/labels.py" line="74"/>
        <source>Overdue</source>
        <translation>超时</translation>
    </message>
    <message>
        <location filename="../../console/widgets/labels.py" line="78"/>
        <source>Component</source>
        <translation>部件</translation>
    </message>
    <message>
        <location filename="../../console/widgets/labels.py" line="79"/>
        <source>Event</source>
        <translation>事件</translation>
    </message>
    <message>
        <location filename="../../console/widgets/labels.py" line="83"/>
        <source>District</source>
        <translation>区级</translation>
    </message>
    <message>
        <location filename="../../console/widgets/labels.py" line="84"/>
        <source>City</source>
        <translation>市级</translation>
    </message>
    <message>
        <location filename="../../console/widgets/labels.py" line="88"/>
        <source>Normal</source>
        <translation>正常结案</translation>
    </message>
    <message>
        <location filename="../../console/widgets/labels.py" line="89"/>
        <source>Closed overdue</source>
        <translation>超期结案</translation>
    </message>
    <message>
        <location filename="../../console/widgets/labels.py" line="90"/>
        <source>Filed in error</source>
        <translation>错误立案</translation>
    </message>
    <message>
        <location filename="../../console/widgets/labels.py" line="91"/>
        <source>Special</source>
        <translation>特殊结案</translation>
    </message>
    <message>
        <location filename="../../console/widgets/labels.py" line="95"/>
        <source>Passed</source>
        <translation>通过</translation>
    </message>
    <message>
        <location filename="../../console/widgets/labels.py" line="96"/>
        <source>Failed</source>
        <translation>未通过</translation>
    </message>
    <message>
        <location filename="../../console/widgets/labels.py" line="100"/>
        <source>Acceptance</source>
        <translation>受理</translation>
    </message>
    <message>
        <location filename="../../console/widgets/labels.py" line="101"/>
        <source>Verification</source>
        <translation>核实</translation>
    </message>
    <message>
        <location filename="../../console/widgets/labels.py" line="103"/>
        <source>Handling</source>
        <translation>处置</translation>
    </message>
    <message>
        <location filename="../../console/widgets/labels.py" line="104"/>
        <source>Feedback review</source>
        <translation>反馈审核</translation>
    </message>
    <message>
        <location filename="../../console/widgets/labels.py" line="105"/>
        <source>Inspection</source>
        <translation>核查</translation>
    </message>
    <message>
        <location filename="../../console/widgets/labels.py" line="109"/>
        <source>Report photo</source>
        <translation>上报照片</translation>
    </message>
    <message>
        <location filename="../../console/widgets/labels.py" line="110"/>
        <source>Verification photo</source>
        <translation>核实照片</translation>
    </message>
    <message>
        <location filename="../../console/widgets/labels.py" line="111"/>
        <source>Handling photo</source>
        <translation>处置照片</translation>
    </message>
    <message>
        <location filename="../../console/widgets/labels.py" line="112"/>
        <source>Inspection photo</source>
        <translation>核查照片</translation>
    </message>
    <message>
        <location filename="../../console/widgets/labels.py" line="113"/>
        <source>Photo</source>
        <translation>照片</translation>
    </message>
    <message>
        <location filename="../../console/widgets/labels.py" line="171"/>
        <source>Yes</source>
        <translation>是</translation>
    </message>
    <message>
        <location filename="../../console/widgets/labels.py" line="171"/>
        <source>No</source>
        <translation>否</translation>
    </message>
    <message>
        <source>Awaiting inspection order</source>
        <translation>待派发核查</translation>
    </message>
    <message>
        <source>Closure with shift leader</source>
        <translation>结案裁定中</translation>
    </message>
    <message>
        <source>Merged</source>
        <translation>已合并</translation>
    </message>
    <message>
        <source>Send down to district</source>
        <translation>转区级</translation>
    </message>
    <message>
        <source>Approve return</source>
        <translation>同意退回</translation>
    </message>
    <message>
        <source>Deny return</source>
        <translation>驳回退回</translation>
    </message>
    <message>
        <source>Recall for re-dispatch</source>
        <translation>收回改派</translation>
    </message>
    <message>
        <source>Answer urging</source>
        <translation>督办回复</translation>
    </message>
    <message>
        <source>Order inspection</source>
        <translation>派发核查</translation>
    </message>
    <message>
        <source>Merge into original</source>
        <translation>合并到原案卷</translation>
    </message>
    <message>
        <source>Reply to caller</source>
        <translation>回访</translation>
    </message>
    <message>
        <source>Deadline recomputed (holidays loaded)</source>
        <translation>重算时限（已载入节假日）</translation>
    </message>
</context>
<context>
    <name>LayerSpec</name>
    <message>
        <location filename="../../console/maps/layer_specs.py" line="24"/>
        <source>Cases</source>
        <translation>案卷</translation>
    </message>
    <message>
        <location filename="../../console/maps/layer_specs.py" line="60"/>
        <source>Components</source>
        <translation>部件</translation>
    </message>
    <message>
        <location filename="../../console/maps/layer_specs.py" line="26"/>
        <source>Boundaries</source>
        <translation>行政区划</translation>
    </message>
    <message>
        <location filename="../../console/maps/layer_specs.py" line="27"/>
        <source>Base map</source>
        <translation>底图</translation>
    </message>
    <message>
        <location filename="../../console/maps/layer_specs.py" line="60"/>
        <source>Case pins</source>
        <translation>案卷点位</translation>
    </message>
    <message>
        <location filename="../../console/maps/layer_specs.py" line="60"/>
        <source>Districts</source>
        <translation>区</translation>
    </message>
    <message>
        <location filename="../../console/maps/layer_specs.py" line="60"/>
        <source>Streets (subdistricts)</source>
        <translation>街道</translation>
    </message>
    <message>
        <location filename="../../console/maps/layer_specs.py" line="60"/>
        <source>Communities</source>
        <translation>社区</translation>
    </message>
    <message>
        <location filename="../../console/maps/layer_specs.py" line="60"/>
        <source>Grid cells</source>
        <translation>单元网格</translation>
    </message>
    <message>
        <location filename="../../console/maps/layer_specs.py" line="60"/>
        <source>Roads</source>
        <translation>道路</translation>
    </message>
    <message>
        <location filename="../../console/maps/layer_specs.py" line="60"/>
        <source>Buildings</source>
        <translation>建筑</translation>
    </message>
    <message>
        <location filename="../../console/maps/layer_specs.py" line="60"/>
        <source>Water</source>
        <translation>水系</translation>
    </message>
    <message>
        <location filename="../../console/maps/base_map.py" line="64"/>
        <source>External base map</source>
        <translation>外部底图</translation>
    </message>
    <message>
        <location filename="../../console/maps/layer_specs.py" line="60"/>
        <source>Case density</source>
        <translation>案件热力</translation>
    </message>
    <message>
        <source>Overdue cases</source>
        <translation>超期案卷</translation>
    </message>
</context>
<context>
    <name>Legend</name>
    <message>
        <location filename="../../console/maps/legend.py" line="21"/>
        <source>Pins (street scale)</source>
        <translation>点位（街巷尺度）</translation>
    </message>
    <message>
        <location filename="../../console/maps/legend.py" line="21"/>
        <source>Awaiting acceptance</source>
        <translation>待受理</translation>
    </message>
    <message>
        <location filename="../../console/maps/legend.py" line="21"/>
        <source>Awaiting dispatch</source>
        <translation>待派遣</translation>
    </message>
    <message>
        <location filename="../../console/maps/legend.py" line="21"/>
        <source>With a department</source>
        <translation>处置中</translation>
    </message>
    <message>
        <location filename="../../console/maps/legend.py" line="21"/>
        <source>Under inspection</source>
        <translation>核查中</translation>
    </message>
    <message>
        <location filename="../../console/maps/legend.py" line="21"/>
        <source>Overdue</source>
        <translation>超时</translation>
    </message>
    <message>
        <location filename="../../console/maps/legend.py" line="21"/>
        <source>Due soon</source>
        <translation>预警</translation>
    </message>
    <message>
        <location filename="../../console/maps/legend.py" line="21"/>
        <source>On time</source>
        <translation>正常</translation>
    </message>
    <message>
        <location filename="../../console/maps/legend.py" line="21"/>
        <source>Suspended</source>
        <translation>挂账</translation>
    </message>
    <message>
        <location filename="../../console/maps/legend.py" line="21"/>
        <source>Closed, rejected or cancelled</source>
        <translation>已结案、不受理或作废</translation>
    </message>
    <message>
        <location filename="../../console/maps/legend.py" line="21"/>
        <source>Dots and clusters (city scale)</source>
        <translation>圆点与聚合（全市尺度）</translation>
    </message>
    <message>
        <location filename="../../console/maps/legend.py" line="21"/>
        <source>Open, not overdue</source>
        <translation>在办未超时</translation>
    </message>
    <message>
        <location filename="../../console/maps/legend.py" line="21"/>
        <source>Main road</source>
        <translation>主干道</translation>
    </message>
    <message>
        <location filename="../../console/maps/legend.py" line="21"/>
        <source>Secondary road</source>
        <translation>次干道</translation>
    </message>
    <message>
        <location filename="../../console/maps/legend.py" line="21"/>
        <source>Branch road</source>
        <translation>支路</translation>
    </message>
    <message>
        <location filename="../../console/maps/legend.py" line="21"/>
        <source>01 Public facilities</source>
        <translation>01 公用设施</translation>
    </message>
    <message>
        <location filename="../../console/maps/legend.py" line="21"/>
        <source>02 Roads and traffic</source>
        <translation>02 道路交通</translation>
    </message>
    <message>
        <location filename="../../console/maps/legend.py" line="21"/>
        <source>03 City appearance and environment</source>
        <translation>03 市容环境</translation>
    </message>
    <message>
        <location filename="../../console/maps/legend.py" line="21"/>
        <source>04 Parks and greenery</source>
        <translation>04 园林绿化</translation>
    </message>
    <message>
        <location filename="../../console/maps/legend.py" line="21"/>
        <source>05 Buildings and land</source>
        <translation>05 房屋土地</translation>
    </message>
    <message>
        <location filename="../../console/maps/legend.py" line="21"/>
        <source>06 Other facilities</source>
        <translation>06 其他设施</translation>
    </message>
    <message>
        <location filename="../../console/maps/legend.py" line="21"/>
        <source>21 Extended components</source>
        <translation>21 扩展部件</translation>
    </message>
    <message>
        <location filename="../../console/maps/legend.py" line="21"/>
        <source>Other</source>
        <translation>其他</translation>
    </message>
    <message>
        <source>Overdue pins (street scale)</source>
        <translation>超期案卷（街区比例）</translation>
    </message>
    <message>
        <source>Overdue (city scale, never clustered)</source>
        <translation>超期（全市比例，不参与聚合）</translation>
    </message>
</context>
<context>
    <name>LoginDialog</name>
    <message>
        <location filename="../../console/widgets/login_dialog.py" line="43"/>
        <source>Digital urban management console — log in</source>
        <translation>数字城管指挥平台 — 登录</translation>
    </message>
    <message>
        <location filename="../../console/widgets/login_dialog.py" line="50"/>
        <source>Digital urban management command console</source>
        <translation>数字化城市管理指挥平台</translation>
    </message>
    <message>
        <location filename="../../console/widgets/login_dialog.py" line="61"/>
        <source>User</source>
        <translation>用户名</translation>
    </message>
    <message>
        <location filename="../../console/widgets/login_dialog.py" line="65"/>
        <source>Password</source>
        <translation>密码</translation>
    </message>
    <message>
        <location filename="../../console/widgets/login_dialog.py" line="70"/>
        <source>Database</source>
        <translation>数据库</translation>
    </message>
    <message>
        <location filename="../../console/widgets/login_dialog.py" line="81"/>
        <source>Log in</source>
        <translation>登录</translation>
    </message>
    <message>
        <location filename="../../console/widgets/login_dialog.py" line="84"/>
        <source>Settings…</source>
        <translation>设置…</translation>
    </message>
    <message>
        <location filename="../../console/widgets/login_dialog.py" line="96"/>
        <source>Enter your user name.</source>
        <translation>请输入用户名。</translation>
    </message>
    <message>
        <location filename="../../console/widgets/login_dialog.py" line="101"/>
        <source>Login failed: {reason}</source>
        <translation>登录失败：{reason}</translation>
    </message>
    <message>
        <location filename="../../console/widgets/login_dialog.py" line="106"/>
        <source>Cannot reach the database: {reason}</source>
        <translation>无法连接数据库：{reason}</translation>
    </message>
    <message>
        <location filename="../../console/widgets/login_dialog.py" line="122"/>
        <source>Cannot open the database: {reason}</source>
        <translation>无法打开数据库：{reason}</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../console/widgets/main_window.py" line="97"/>
        <source>Digital urban management console — {user} ({roles})</source>
        <translation>数字城管指挥平台 — {user}（{roles}）</translation>
    </message>
    <message>
        <location filename="../../console/widgets/main_window.py" line="123"/>
        <source>Layers</source>
        <translation>图层</translation>
    </message>
    <message>
        <location filename="../../console/widgets/main_window.py" line="170"/>
        <source>Map</source>
        <translation>地图</translation>
    </message>
    <message>
        <location filename="../../console/widgets/main_window.py" line="173"/>
        <source>Whole city</source>
        <translation>全市</translation>
    </message>
    <message>
        <location filename="../../console/widgets/main_window.py" line="174"/>
        <source>Show closed cases</source>
        <translation>显示已结案</translation>
    </message>
    <message>
        <location filename="../../console/widgets/main_window.py" line="179"/>
        <source>New report</source>
        <translation>新登记</translation>
    </message>
    <message>
        <location filename="../../console/widgets/main_window.py" line="181"/>
        <source>Find:</source>
        <translation>查找：</translation>
    </message>
    <message>
        <location filename="../../console/widgets/main_window.py" line="184"/>
        <source>Grid cell, community, component or case code</source>
        <translation>网格、社区、部件或案卷编号</translation>
    </message>
    <message>
        <location filename="../../console/widgets/main_window.py" line="194"/>
        <source>&amp;Console</source>
        <translation>平台(&amp;C)</translation>
    </message>
    <message>
        <location filename="../../console/widgets/main_window.py" line="195"/>
        <source>&amp;Settings…</source>
        <translation>设置(&amp;S)…</translation>
    </message>
    <message>
        <location filename="../../console/widgets/main_window.py" line="197"/>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <location filename="../../console/widgets/main_window.py" line="198"/>
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <location filename="../../console/widgets/main_window.py" line="204"/>
        <source>Reset panel layout</source>
        <translation>恢复默认面板布局</translation>
    </message>
    <message>
        <location filename="../../console/widgets/main_window.py" line="205"/>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <location filename="../../console/widgets/main_window.py" line="206"/>
        <source>&amp;About</source>
        <translation>关于(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../console/widgets/main_window.py" line="218"/>
        <source>User: {user}</source>
        <translation>用户：{user}</translation>
    </message>
    <message>
        <location filename="../../console/widgets/main_window.py" line="339"/>
        <source>Cannot read changed cases</source>
        <translation>无法读取变更的案卷</translation>
    </message>
    <message>
        <location filename="../../console/widgets/main_window.py" line="370"/>
        <source>Database</source>
        <translation>数据库</translation>
    </message>
    <message>
        <location filename="../../console/widgets/main_window.py" line="370"/>
        <source>The database does not answer; changes will appear once it is back.</source>
        <translation>数据库无响应；恢复后将自动同步变更。</translation>
    </message>
    <message>
        <location filename="../../console/widgets/main_window.py" line="373"/>
        <source>The database answers again; catching up.</source>
        <translation>数据库已恢复，正在同步。</translation>
    </message>
    <message>
        <location filename="../../console/widgets/main_window.py" line="377"/>
        <source>Online</source>
        <translation>在线</translation>
    </message>
    <message>
        <location filename="../../console/widgets/main_window.py" line="380"/>
        <source>Offline</source>
        <translation>离线</translation>
    </message>
    <message>
        <location filename="../../console/widgets/main_window.py" line="386"/>
        <source>X {x} m  Y {y} m</source>
        <translation>X {x} 米  Y {y} 米</translation>
    </message>
    <message>
        <location filename="../../console/widgets/main_window.py" line="387"/>
        <source>Lon {lon}°  Lat {lat}°</source>
        <translation>经度 {lon}°  纬度 {lat}°</translation>
    </message>
    <message>
        <location filename="../../console/widgets/main_window.py" line="409"/>
        <source>Click the location of the problem on the map</source>
        <translation>请在地图上点击问题位置</translation>
    </message>
    <message>
        <location filename="../../console/widgets/main_window.py" line="508"/>
        <source>Find</source>
        <translation>查找</translation>
    </message>
    <message>
        <location filename="../../console/widgets/main_window.py" line="508"/>
        <source>Nothing found for “{text}”.</source>
        <translation>未找到“{text}”。</translation>
    </message>
    <message>
        <location filename="../../console/widgets/main_window.py" line="516"/>
        <source>Base map</source>
        <translation>底图</translation>
    </message>
    <message>
        <location filename="../../console/widgets/main_window.py" line="522"/>
        <source>Settings saved.</source>
        <translation>设置已保存。</translation>
    </message>
    <message>
        <location filename="../../console/widgets/main_window.py" line="525"/>
        <source>About</source>
        <translation>关于</translation>
    </message>
    <message>
        <location filename="../../console/widgets/main_window.py" line="525"/>
        <source>Digital urban management command console.
User {user}, database {db}.</source>
        <translation>数字化城市管理指挥平台。
用户 {user}，数据库 {db}。</translation>
    </message>
    <message>
        <location filename="../../console/widgets/launcher.py" line="48"/>
        <source>Unexpected error</source>
        <translation>意外错误</translation>
    </message>
    <message>
        <location filename="../../console/widgets/main_window.py" line="442"/>
        <source>Zoomed in: components are drawn from 1:{scale} on.</source>
        <translation>已放大地图：部件在 1:{scale} 及更大比例尺下显示。</translation>
    </message>
    <message>
        <location filename="../../console/widgets/main_window.py" line="451"/>
        <source>Click the new place of component {code} on the map</source>
        <translation>请在地图上点击部件 {code} 的新位置</translation>
    </message>
    <message>
        <location filename="../../console/widgets/main_window.py" line="454"/>
        <source>Click the place of the new component on the map</source>
        <translation>请在地图上点击新部件的位置</translation>
    </message>
    <message>
        <location filename="../../console/widgets/main_window.py" line="462"/>
        <source>Click a component on the map</source>
        <translation>请在地图上点击部件</translation>
    </message>
    <message>
        <source>Place name, pinyin initials, address or code</source>
        <translation>地名、拼音首字母、门牌地址或编码</translation>
    </message>
    <message>
        <source>Database: {name}</source>
        <translation>数据库：{name}</translation>
    </message>
    <message>
        <source>&amp;Notices</source>
        <translation>提醒(&amp;N)</translation>
    </message>
    <message>
        <source>Notices of this session…</source>
        <translation>本次登录的提醒…</translation>
    </message>
    <message>
        <source>Sound with notices</source>
        <translation>提醒时响铃</translation>
    </message>
    <message>
        <source>Dismiss all notices</source>
        <translation>清除全部提醒</translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <source>the database file does not exist: {path}</source>
        <translation>数据库文件不存在：{path}</translation>
    </message>
    <message>
        <source>the database does not answer or refuses the connection</source>
        <translation>数据库无响应或拒绝连接</translation>
    </message>
    <message>
        <source>Map layers not loaded: {layers}</source>
        <translation>地图图层未加载：{layers}</translation>
    </message>
    <message>
        <source>{reason}. Retrying every {s} s.</source>
        <translation>{reason}。每 {s} 秒自动重试。</translation>
    </message>
    <message>
        <source>The map layers are loaded.</source>
        <translation>地图图层已加载。</translation>
    </message>
    <message>
        <source>Change my &amp;password…</source>
        <translation>修改密码(&amp;P)…</translation>
    </message>
    <message>
        <source>&amp;Log out / switch user</source>
        <translation>注销/切换用户(&amp;L)</translation>
    </message>
    <message>
        <source>C&amp;ase</source>
        <translation>案卷(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Export selected case…</source>
        <translation>导出选中案卷(&amp;E)…</translation>
    </message>
    <message>
        <source>Search &amp;closed cases…</source>
        <translation>查询已结案卷(&amp;C)…</translation>
    </message>
    <message>
        <source>Unsaved input</source>
        <translation>有未保存的输入</translation>
    </message>
    <message>
        <source>The new report has input that is not registered yet. Discard it?</source>
        <translation>新登记表单中有尚未登记的内容，是否放弃？</translation>
    </message>
    <message>
        <source>Your password was changed.</source>
        <translation>密码已修改。</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>导出</translation>
    </message>
    <message>
        <source>Select a case first.</source>
        <translation>请先选择一个案卷。</translation>
    </message>
    <message>
        <source>Export case</source>
        <translation>导出案卷</translation>
    </message>
    <message>
        <source>Web page (*.html);;JSON (*.json)</source>
        <translation>网页 (*.html);;JSON (*.json)</translation>
    </message>
    <message>
        <source>Case exported to {path}</source>
        <translation>案卷已导出到 {path}</translation>
    </message>
    <message>
        <source>the new report</source>
        <translation>新登记</translation>
    </message>
    <message>
        <source>Input not saved yet in: {where}. Discard it?</source>
        <translation>以下位置有未保存的输入：{where}。要放弃吗？</translation>
    </message>
    <message>
        <source>&amp;Map</source>
        <translation>地图(&amp;M)</translation>
    </message>
    <message>
        <source>Measure distance</source>
        <translation>测距离</translation>
    </message>
    <message>
        <source>Measure area</source>
        <translation>测面积</translation>
    </message>
    <message>
        <source>Go to coordinate…</source>
        <translation>定位坐标…</translation>
    </message>
    <message>
        <source>&amp;Bookmarks</source>
        <translation>空间书签(&amp;B)</translation>
    </message>
    <message>
        <source>Only my department's cases</source>
        <translation>只看本部门案卷</translation>
    </message>
    <message>
        <source>Click points on the map; right-click ends</source>
        <translation>在地图上依次点击，右键结束</translation>
    </message>
    <message>
        <source>Distance</source>
        <translation>距离</translation>
    </message>
    <message>
        <source>Area</source>
        <translation>面积</translation>
    </message>
    <message>
        <source>Go to coordinate</source>
        <translation>定位坐标</translation>
    </message>
    <message>
        <source>This point is outside the city.</source>
        <translation>该点不在本市范围内。</translation>
    </message>
    <message>
        <source>Add bookmark for this view…</source>
        <translation>将当前视图存为书签…</translation>
    </message>
    <message>
        <source>Manage bookmarks…</source>
        <translation>管理书签…</translation>
    </message>
    <message>
        <source>Add bookmark</source>
        <translation>添加书签</translation>
    </message>
    <message>
        <source>Name of this view:</source>
        <translation>视图名称：</translation>
    </message>
    <message>
        <source>Bookmark “{name}” saved.</source>
        <translation>书签“{name}”已保存。</translation>
    </message>
    <message>
        <source>Server: {server} · database (read-only): {name}</source>
        <translation>服务器：{server} · 数据库（只读）：{name}</translation>
    </message>
</context>
<context>
    <name>OverviewDock</name>
    <message>
        <location filename="../../console/widgets/overview_dock.py" line="27"/>
        <source>Open cases</source>
        <translation>在办案卷</translation>
    </message>
    <message>
        <location filename="../../console/widgets/overview_dock.py" line="29"/>
        <source>All open cases</source>
        <translation>全部在办</translation>
    </message>
    <message>
        <location filename="../../console/widgets/overview_dock.py" line="29"/>
        <source>Overdue</source>
        <translation>已超时</translation>
    </message>
    <message>
        <location filename="../../console/widgets/overview_dock.py" line="29"/>
        <source>Urgent</source>
        <translation>紧急</translation>
    </message>
    <message>
        <location filename="../../console/widgets/overview_dock.py" line="29"/>
        <source>Waiting for acceptance</source>
        <translation>待受理</translation>
    </message>
    <message>
        <location filename="../../console/widgets/overview_dock.py" line="29"/>
        <source>With departments</source>
        <translation>处置中</translation>
    </message>
    <message>
        <location filename="../../console/widgets/overview_dock.py" line="43"/>
        <source>Cases</source>
        <translation>案卷</translation>
    </message>
    <message>
        <location filename="../../console/widgets/overview_dock.py" line="45"/>
        <source>New report</source>
        <translation>新登记</translation>
    </message>
</context>
<context>
    <name>PhotoPicker</name>
    <message>
        <location filename="../../console/widgets/photo_picker.py" line="21"/>
        <source>Add photos…</source>
        <translation>添加照片…</translation>
    </message>
    <message>
        <location filename="../../console/widgets/photo_picker.py" line="29"/>
        <source>No photos</source>
        <translation>无照片</translation>
    </message>
    <message>
        <location filename="../../console/widgets/photo_picker.py" line="33"/>
        <source>Images ({patterns})</source>
        <translation>图片 ({patterns})</translation>
    </message>
</context>
<context>
    <name>PhotoStrip</name>
    <message>
        <location filename="../../console/widgets/photo_strip.py" line="57"/>
        <source>No photos</source>
        <translation>无照片</translation>
    </message>
    <message>
        <location filename="../../console/widgets/photo_strip.py" line="67"/>
        <source>Loading photos</source>
        <translation>正在加载照片</translation>
    </message>
</context>
<context>
    <name>ReportForm</name>
    <message>
        <location filename="../../console/widgets/report_form.py" line="73"/>
        <source>Source</source>
        <translation>来源</translation>
    </message>
    <message>
        <location filename="../../console/widgets/report_form.py" line="79"/>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <location filename="../../console/widgets/report_form.py" line="89"/>
        <source>Pick on map</source>
        <translation>地图选点</translation>
    </message>
    <message>
        <location filename="../../console/widgets/report_form.py" line="91"/>
        <source>Click the place of the problem on the map</source>
        <translation>在地图上点击问题发生的位置</translation>
    </message>
    <message>
        <location filename="../../console/widgets/report_form.py" line="268"/>
        <source>No location yet</source>
        <translation>尚未选点</translation>
    </message>
    <message>
        <location filename="../../console/widgets/report_form.py" line="97"/>
        <source>Location</source>
        <translation>位置</translation>
    </message>
    <message>
        <location filename="../../console/widgets/report_form.py" line="100"/>
        <source>Grid cell</source>
        <translation>单元网格</translation>
    </message>
    <message>
        <location filename="../../console/widgets/report_form.py" line="103"/>
        <source>Community</source>
        <translation>社区</translation>
    </message>
    <message>
        <location filename="../../console/widgets/report_form.py" line="105"/>
        <source>Inspector</source>
        <translation>监督员</translation>
    </message>
    <message>
        <location filename="../../console/widgets/report_form.py" line="107"/>
        <source>Suggested department</source>
        <translation>建议处置部门</translation>
    </message>
    <message>
        <location filename="../../console/widgets/report_form.py" line="113"/>
        <source>Open cases within 50 m</source>
        <translation>50 米内同类在办案卷</translation>
    </message>
    <message>
        <location filename="../../console/widgets/report_form.py" line="116"/>
        <source>Address</source>
        <translation>地址</translation>
    </message>
    <message>
        <location filename="../../console/widgets/report_form.py" line="118"/>
        <source>What is wrong, as the reporter said it</source>
        <translation>按举报人所述填写问题</translation>
    </message>
    <message>
        <location filename="../../console/widgets/report_form.py" line="120"/>
        <source>Description</source>
        <translation>问题描述</translation>
    </message>
    <message>
        <location filename="../../console/widgets/report_form.py" line="121"/>
        <source>Urgent</source>
        <translation>紧急</translation>
    </message>
    <message>
        <location filename="../../console/widgets/report_form.py" line="125"/>
        <source>Photos</source>
        <translation>照片</translation>
    </message>
    <message>
        <location filename="../../console/widgets/report_form.py" line="136"/>
        <source>Clear</source>
        <translation>清空</translation>
    </message>
    <message>
        <location filename="../../console/widgets/report_form.py" line="139"/>
        <source>Register</source>
        <translation>登记</translation>
    </message>
    <message>
        <location filename="../../console/widgets/report_form.py" line="207"/>
        <source>none assigned</source>
        <translation>未分配</translation>
    </message>
    <message>
        <location filename="../../console/widgets/report_form.py" line="212"/>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <location filename="../../console/widgets/report_form.py" line="216"/>
        <source>{code} · {state} · {distance} m</source>
        <translation>{code} · {state} · {distance} 米</translation>
    </message>
    <message>
        <location filename="../../console/widgets/report_form.py" line="124"/>
        <source>Photos of the problem</source>
        <translation>问题照片</translation>
    </message>
    <message>
        <location filename="../../console/widgets/report_form.py" line="238"/>
        <source>Pick the location on the map first.</source>
        <translation>请先在地图上选点。</translation>
    </message>
    <message>
        <location filename="../../console/widgets/report_form.py" line="241"/>
        <source>Choose the class of the problem.</source>
        <translation>请选择问题类别。</translation>
    </message>
    <message>
        <location filename="../../console/widgets/report_form.py" line="244"/>
        <source>You may not register reports.</source>
        <translation>您无权登记案卷。</translation>
    </message>
    <message>
        <location filename="../../console/widgets/report_form.py" line="258"/>
        <source>Registered case {code} in grid cell {grid}</source>
        <translation>已登记案卷 {code}（网格 {grid}）</translation>
    </message>
    <message>
        <location filename="../../console/widgets/report_form.py" line="86"/>
        <source>Class</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>Caller's name</source>
        <translation>来电人姓名</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>联系电话</translation>
    </message>
    <message>
        <source>Wants a reply</source>
        <translation>需要回复</translation>
    </message>
    <message>
        <source>Caller</source>
        <translation>来电人</translation>
    </message>
    <message>
        <source>Filled from the picked point; edit as needed</source>
        <translation>按选点自动填写，可修改</translation>
    </message>
    <message>
        <source>Loading roads and buildings</source>
        <translation>加载道路和建筑</translation>
    </message>
    <message>
        <source>This point is outside the city's grid.</source>
        <translation>此位置不在本市网格范围内。</translation>
    </message>
    <message>
        <source>Outside your district: this point is in {district}; you register for {own}.</source>
        <translation>超出辖区：此位置在{district}，您负责的是{own}。</translation>
    </message>
    <message>
        <source>The caller's phone number is not valid.</source>
        <translation>来电人电话号码格式不正确。</translation>
    </message>
    <message>
        <source>A caller who wants a reply needs a phone number.</source>
        <translation>需要回复的来电须留联系电话。</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../../console/widgets/settings_dialog.py" line="29"/>
        <source>Settings</source>
        <translation>设置</translation>
    </message>
    <message>
        <location filename="../../console/widgets/settings_dialog.py" line="36"/>
        <source>Database URL</source>
        <translation>数据库地址</translation>
    </message>
    <message>
        <location filename="../../console/widgets/settings_dialog.py" line="42"/>
        <source>Language</source>
        <translation>界面语言</translation>
    </message>
    <message>
        <location filename="../../console/widgets/settings_dialog.py" line="44"/>
        <source>None (the city&apos;s own roads, water and buildings)</source>
        <translation>无（使用本市道路、水系和建筑图层）</translation>
    </message>
    <message>
        <location filename="../../console/widgets/settings_dialog.py" line="45"/>
        <source>XYZ tiles</source>
        <translation>XYZ 瓦片</translation>
    </message>
    <message>
        <location filename="../../console/widgets/settings_dialog.py" line="45"/>
        <source>WMS / WMTS</source>
        <translation>WMS / WMTS</translation>
    </message>
    <message>
        <location filename="../../console/widgets/settings_dialog.py" line="46"/>
        <source>Local file (GeoPackage, MBTiles)</source>
        <translation>本地文件（GeoPackage、MBTiles）</translation>
    </message>
    <message>
        <location filename="../../console/widgets/settings_dialog.py" line="52"/>
        <source>Base map</source>
        <translation>底图</translation>
    </message>
    <message>
        <location filename="../../console/widgets/settings_dialog.py" line="57"/>
        <source>Browse…</source>
        <translation>浏览…</translation>
    </message>
    <message>
        <location filename="../../console/widgets/settings_dialog.py" line="60"/>
        <source>Base map address</source>
        <translation>底图地址</translation>
    </message>
    <message>
        <location filename="../../console/widgets/settings_dialog.py" line="63"/>
        <source>A new database or language takes effect at the next start.</source>
        <translation>更换数据库或界面语言后，下次启动时生效。</translation>
    </message>
    <message>
        <location filename="../../console/widgets/settings_dialog.py" line="88"/>
        <source>Base map file</source>
        <translation>底图文件</translation>
    </message>
    <message>
        <location filename="../../console/widgets/settings_dialog.py" line="88"/>
        <source>Map files (*.gpkg *.mbtiles *.tif)</source>
        <translation>地图文件 (*.gpkg *.mbtiles *.tif)</translation>
    </message>
    <message>
        <source>Application server</source>
        <translation>应用服务器</translation>
    </message>
    <message>
        <source>In a center: the application server every change goes through. The database above is then read with the read-only login (console_reader).</source>
        <translation>在指挥中心：所有修改都经由应用服务器提交；上面的数据库只用只读账号（console_reader）读取。</translation>
    </message>
</context>
<context>
    <name>PlaceSearchBox</name>
    <message>
        <source>district</source>
        <translation>行政区</translation>
    </message>
    <message>
        <source>street</source>
        <translation>街道</translation>
    </message>
    <message>
        <source>community</source>
        <translation>社区</translation>
    </message>
    <message>
        <source>road</source>
        <translation>道路</translation>
    </message>
    <message>
        <source>water</source>
        <translation>水系</translation>
    </message>
    <message>
        <source>address</source>
        <translation>门牌地址</translation>
    </message>
    <message>
        <source>Loading place names</source>
        <translation>加载地名</translation>
    </message>
</context>
<context>
    <name>ErrorText</name>
    <message>
        <source>The file {path} cannot be written (check the folder and its permissions); nothing was saved.</source>
        <translation>无法写入文件{path}（请检查文件夹及其权限），未保存任何内容。</translation>
    </message>
    <message>
        <source>The print template {path} is missing.</source>
        <translation>缺少打印模板{path}。</translation>
    </message>
    <message>
        <source>The print template {path} is not a QGIS layout template.</source>
        <translation>打印模板{path}不是有效的布局模板。</translation>
    </message>
    <message>
        <source>Some input is missing or invalid.</source>
        <translation>输入缺失或无效。</translation>
    </message>
    <message>
        <source>It was not found; it may have been removed meanwhile.</source>
        <translation>未找到，可能已被删除。</translation>
    </message>
    <message>
        <source>You are not permitted to do this.</source>
        <translation>您无权执行此操作。</translation>
    </message>
    <message>
        <source>Unknown user name or wrong password.</source>
        <translation>用户名或密码错误。</translation>
    </message>
    <message>
        <source>This is not possible in the case&apos;s current state.</source>
        <translation>案卷当前状态下不能执行此操作。</translation>
    </message>
    <message>
        <source>The case was changed meanwhile by someone else; the list now shows its current state.</source>
        <translation>案卷已被他人修改，列表已显示其当前状态。</translation>
    </message>
    <message>
        <source>The database does not answer. Try again when the connection is back.</source>
        <translation>数据库无响应，请在连接恢复后重试。</translation>
    </message>
    <message>
        <source>The database refused the change; nothing was saved.</source>
        <translation>数据库拒绝了此修改，未保存任何内容。</translation>
    </message>
    <message>
        <source>The database is busy; nothing was saved. Please try again in a moment.</source>
        <translation>数据库繁忙，本次操作未保存，请稍后重试。</translation>
    </message>
    <message>
        <source>The database is older than this console: ask the administrator to upgrade it.</source>
        <translation>数据库版本低于本系统，请联系管理员升级。</translation>
    </message>
    <message>
        <source>A reference data file is damaged: tell the administrator.</source>
        <translation>基础数据文件损坏，请联系管理员。</translation>
    </message>
    <message>
        <source>Something went wrong: {detail}</source>
        <translation>出现错误：{detail}</translation>
    </message>
    <message>
        <source>a reason or note</source>
        <translation>原因或说明</translation>
    </message>
    <message>
        <source>a department</source>
        <translation>处置部门</translation>
    </message>
    <message>
        <source>the result (passed or failed)</source>
        <translation>结果（通过或未通过）</translation>
    </message>
    <message>
        <source>a close type</source>
        <translation>结案类型</translation>
    </message>
    <message>
        <source>the new deadline</source>
        <translation>新的时限</translation>
    </message>
    <message>
        <source>the original case</source>
        <translation>原案卷</translation>
    </message>
    <message>
        <source>whether the caller was reached</source>
        <translation>是否联系上反映人</translation>
    </message>
    <message>
        <source>a description</source>
        <translation>问题描述</translation>
    </message>
    <message>
        <source>a location on the map</source>
        <translation>地图上的位置</translation>
    </message>
    <message>
        <source>a class</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>the source</source>
        <translation>来源</translation>
    </message>
    <message>
        <source>an inspector</source>
        <translation>监督员</translation>
    </message>
    <message>
        <source>photos</source>
        <translation>照片</translation>
    </message>
    <message>
        <source>a password</source>
        <translation>密码</translation>
    </message>
    <message>
        <source>the caller&apos;s satisfaction</source>
        <translation>反映人满意度</translation>
    </message>
    <message>
        <source>a phone number</source>
        <translation>电话号码</translation>
    </message>
    <message>
        <source>this action</source>
        <translation>此操作</translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <source>district {code}</source>
        <translation>区 {code}</translation>
    </message>
    <message>
        <source>{action} needs {what}.</source>
        <translation>{action}需要填写{what}。</translation>
    </message>
    <message>
        <source>Please fill in {what}.</source>
        <translation>请填写{what}。</translation>
    </message>
    <message>
        <source>Too many wrong passwords: the account is locked until {time}.</source>
        <translation>密码错误次数过多，账户已锁定至 {time}。</translation>
    </message>
    <message>
        <source>Too many wrong passwords: the account is locked for a few minutes.</source>
        <translation>密码错误次数过多，账户已锁定几分钟。</translation>
    </message>
    <message>
        <source>The value given for {what} is not valid.</source>
        <translation>{what}的取值无效。</translation>
    </message>
    <message>
        <source>a field</source>
        <translation>某一项</translation>
    </message>
    <message>
        <source>Please give a valid date and time.</source>
        <translation>请填写有效的日期和时间。</translation>
    </message>
    <message>
        <source>The new deadline must be in the future.</source>
        <translation>新的时限必须晚于当前时间。</translation>
    </message>
    <message>
        <source>{action} needs photos from the site.</source>
        <translation>{action}需要现场照片。</translation>
    </message>
    <message>
        <source>A photo cannot be read: {path}</source>
        <translation>无法读取照片：{path}</translation>
    </message>
    <message>
        <source>A photo is larger than {mib} MB: {path}</source>
        <translation>照片超过 {mib} MB：{path}</translation>
    </message>
    <message>
        <source>A photo file is empty: {path}</source>
        <translation>照片文件为空：{path}</translation>
    </message>
    <message>
        <source>the caller&apos;s name</source>
        <translation>举报人姓名</translation>
    </message>
    <message>
        <source>the address</source>
        <translation>地址</translation>
    </message>
    <message>
        <source>a note</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>the reason for no photos</source>
        <translation>无照片的原因</translation>
    </message>
    <message>
        <source>a photo&apos;s file name</source>
        <translation>照片文件名</translation>
    </message>
    <message>
        <source>This is not a photo file: {path}</source>
        <translation>这不是照片文件：{path}</translation>
    </message>
    <message>
        <source>A photo is not an image of an accepted kind (JPEG, PNG, WebP): {path}</source>
        <translation>照片无法识别为可接受的图片（仅支持常见照片格式）：{path}</translation>
    </message>
    <message>
        <source>A photo has too many pixels ({width}×{height}; at most {max} megapixels): {path}</source>
        <translation>照片像素过多（{width}×{height}，最多{max}百万像素）：{path}</translation>
    </message>
    <message>
        <source>At most {max} photos per action.</source>
        <translation>每次操作最多上传{max}张照片。</translation>
    </message>
    <message>
        <source>The text of {what} holds a control character ({code_point}) that is not allowed: please type it again.</source>
        <translation>{what}中含有不允许的控制字符（{code_point}），请重新输入。</translation>
    </message>
    <message>
        <source>The text of {what} is too long: at most {max} characters.</source>
        <translation>{what}过长：最多{max}个字符。</translation>
    </message>
    <message>
        <source>{what} must be text.</source>
        <translation>{what}必须是文本。</translation>
    </message>
    <message>
        <source>The new deadline can be at most a year away (until {time}).</source>
        <translation>延期时间最多为一年（至{time}）。</translation>
    </message>
    <message>
        <source>The number of rows must be from {min} to {max}.</source>
        <translation>条数须在{min}至{max}之间。</translation>
    </message>
    <message>
        <source>The date must lie between {min} and {max}.</source>
        <translation>日期须在{min}至{max}之间。</translation>
    </message>
    <message>
        <source>A comparison with earlier periods needs a start and an end date.</source>
        <translation>同比、环比须指定开始日期和结束日期。</translation>
    </message>
    <message>
        <source>Please choose a file to export to.</source>
        <translation>请选择导出的文件。</translation>
    </message>
    <message>
        <source>Cannot write the file {path}.</source>
        <translation>无法写入文件{path}。</translation>
    </message>
    <message>
        <source>The file name must end in .{format}.</source>
        <translation>文件名须以.{format}结尾。</translation>
    </message>
    <message>
        <source>The place is outside the city&apos;s grid: pick a place inside the city.</source>
        <translation>该位置不在城市网格内，请在城区内选点。</translation>
    </message>
    <message>
        <source>{department} is a district department; this case is at city level: send it down to the district first.</source>
        <translation>{department}是区级部门，本案卷为市级案卷：请先转交区级中心。</translation>
    </message>
    <message>
        <source>{department} is a city department; this case is at district level: the district shift leader transfers it to the city first.</source>
        <translation>{department}是市级部门，本案卷为区级案卷：请先由区值班长上报市级。</translation>
    </message>
    <message>
        <source>{department} works in {department_district}; the case is in {case_district}.</source>
        <translation>{department}负责{department_district}，本案卷位于{case_district}。</translation>
    </message>
    <message>
        <source>{department} is the responsible department: handling on its behalf (代处理) applies to another one.</source>
        <translation>{department}就是责任部门，代处理只适用于其他部门。</translation>
    </message>
    <message>
        <source>Component {component} is of another class than the one chosen.</source>
        <translation>部件 {component} 与所选类别不符。</translation>
    </message>
    <message>
        <source>{user} is not an inspector.</source>
        <translation>{user} 不是监督员。</translation>
    </message>
    <message>
        <source>{user} inspects in {inspector_district}; this case is handled in {case_district}.</source>
        <translation>{user} 负责{inspector_district}，本案件由{case_district}处理。</translation>
    </message>
    <message>
        <source>A case cannot be merged into itself.</source>
        <translation>案卷不能合并到自身。</translation>
    </message>
    <message>
        <source>Case {into} is of another kind (component or event): it cannot take this one.</source>
        <translation>案卷 {into} 的类型（部件/事件）不同，不能合并。</translation>
    </message>
    <message>
        <source>Satisfaction is recorded only when the caller was reached.</source>
        <translation>只有联系上反映人时才记录满意度。</translation>
    </message>
    <message>
        <source>A report is registered with the new-report form.</source>
        <translation>新问题请通过登记表登记。</translation>
    </message>
    <message>
        <source>A password needs at least {n} characters.</source>
        <translation>密码至少需要 {n} 个字符。</translation>
    </message>
    <message>
        <source>Case {case} does not exist.</source>
        <translation>案卷 {case} 不存在。</translation>
    </message>
    <message>
        <source>Department {department} does not exist.</source>
        <translation>部门 {department} 不存在。</translation>
    </message>
    <message>
        <source>District {district} does not exist.</source>
        <translation>区 {district} 不存在。</translation>
    </message>
    <message>
        <source>Component {component} does not exist.</source>
        <translation>部件 {component} 不存在。</translation>
    </message>
    <message>
        <source>User {user} does not exist.</source>
        <translation>用户 {user} 不存在。</translation>
    </message>
    <message>
        <source>The photo was not found.</source>
        <translation>未找到该照片。</translation>
    </message>
    <message>
        <source>Your role may not {action} a case that is “{state}”; it needs: {roles}.</source>
        <translation>您的岗位不能对“{state}”的案卷执行{action}，需要：{roles}。</translation>
    </message>
    <message>
        <source>Your role may not do this; it needs: {roles}.</source>
        <translation>您的岗位不能执行此操作，需要：{roles}。</translation>
    </message>
    <message>
        <source>You do not act on city-level cases.</source>
        <translation>您不能处理市级案卷。</translation>
    </message>
    <message>
        <source>You work in {actor_district}; this case belongs to {case_district}.</source>
        <translation>您负责{actor_district}，本案卷属于{case_district}。</translation>
    </message>
    <message>
        <source>the city center</source>
        <translation>市级中心</translation>
    </message>
    <message>
        <source>You work in {actor_district}; the place is in {location_district}.</source>
        <translation>您负责{actor_district}，该位置位于{location_district}。</translation>
    </message>
    <message>
        <source>The case is dispatched to another department.</source>
        <translation>该案卷已派遣给其他部门。</translation>
    </message>
    <message>
        <source>Only the inspector of this order may submit its result ({inspectors}).</source>
        <translation>只有本次指令的监督员可以提交结果（{inspectors}）。</translation>
    </message>
    <message>
        <source>the cell&apos;s inspector</source>
        <translation>网格监督员</translation>
    </message>
    <message>
        <source>Only a district center transfers a case to the city.</source>
        <translation>只有区级中心可以将案卷上报市级。</translation>
    </message>
    <message>
        <source>Only the city center sends a case down to a district.</source>
        <translation>只有市级中心可以将案卷转交区级。</translation>
    </message>
    <message>
        <source>{case_district} dispatches its own cases: transfer the case or urge, do not dispatch it to a district department.</source>
        <translation>{case_district}自行派遣本区案卷：请转交或督办，不要直接派遣给区级部门。</translation>
    </message>
    <message>
        <source>A report of this source ({source}) is registered by: {roles}.</source>
        <translation>此来源（{source}）的问题由以下岗位登记：{roles}。</translation>
    </message>
    <message>
        <source>{action} is not possible: the case is “{state}”; it applies to: {states}.</source>
        <translation>不能{action}：案卷当前为“{state}”，此操作适用于：{states}。</translation>
    </message>
    <message>
        <source>The verification failed: reject the report or order a new verification.</source>
        <translation>核实未通过：请不受理，或重新派发核实。</translation>
    </message>
    <message>
        <source>A report of this source ({source}) is filed only after the inspector verified it.</source>
        <translation>此来源（{source}）的问题须经监督员核实后才能立案。</translation>
    </message>
    <message>
        <source>An inspector&apos;s own report needs no verification.</source>
        <translation>监督员上报的问题无需核实。</translation>
    </message>
    <message>
        <source>The case is already at city level.</source>
        <translation>案卷已是市级案卷。</translation>
    </message>
    <message>
        <source>The case is already with a district center.</source>
        <translation>案卷已在区级中心。</translation>
    </message>
    <message>
        <source>A postponement request (until {time}) is already waiting for approval.</source>
        <translation>已有延期申请（至 {time}）等待审批。</translation>
    </message>
    <message>
        <source>No postponement request is waiting.</source>
        <translation>没有待审批的延期申请。</translation>
    </message>
    <message>
        <source>The department&apos;s return request is waiting for the dispatcher.</source>
        <translation>部门的回退申请正等待派遣员审核。</translation>
    </message>
    <message>
        <source>No return request is waiting.</source>
        <translation>没有待审核的回退申请。</translation>
    </message>
    <message>
        <source>No urging (督办) waits for a reply.</source>
        <translation>没有待回复的督办。</translation>
    </message>
    <message>
        <source>The inspection result was already submitted.</source>
        <translation>核查结果已提交。</translation>
    </message>
    <message>
        <source>The case is closed only after a passed inspection.</source>
        <translation>核查通过后才能结案。</translation>
    </message>
    <message>
        <source>Rework is ordered only after a failed inspection.</source>
        <translation>核查未通过时才能返工。</translation>
    </message>
    <message>
        <source>Escalate a closure after the inspection result is in.</source>
        <translation>请在核查结果返回后再提交值班长。</translation>
    </message>
    <message>
        <source>Case {into} is “{state}”: merge into an open case.</source>
        <translation>案卷 {into} 为“{state}”：请合并到未结案卷。</translation>
    </message>
    <message>
        <source>A report of this source ({source}) has no caller to reply to.</source>
        <translation>此来源（{source}）的问题没有需要回访的反映人。</translation>
    </message>
    <message>
        <source>The caller was already reached.</source>
        <translation>已联系上反映人。</translation>
    </message>
    <message>
        <source>Case {case} was changed meanwhile{by}: it is now version {version}, “{state}”. The list shows its current state; check it and act again.</source>
        <translation>案卷 {case} 已被修改{by}：现为第 {version} 版，“{state}”。列表已显示其当前状态，请核对后再操作。</translation>
    </message>
    <message>
        <source> by {user}</source>
        <translation>（{user}）</translation>
    </message>
    <message>
        <source>Please enter the password.</source>
        <translation>请输入密码。</translation>
    </message>
    <message>
        <source>The new password must differ from the old one.</source>
        <translation>新密码不能与原密码相同。</translation>
    </message>
    <message>
        <source>The two new passwords differ.</source>
        <translation>两次输入的新密码不一致。</translation>
    </message>
    <message>
        <source>A user name has 1 to {n} characters.</source>
        <translation>用户名须为 1 至 {n} 个字符。</translation>
    </message>
    <message>
        <source>User {user} exists already.</source>
        <translation>用户 {user} 已存在。</translation>
    </message>
    <message>
        <source>A coordinate must be a number.</source>
        <translation>坐标必须是数字。</translation>
    </message>
    <message>
        <source>That is not a valid longitude and latitude.</source>
        <translation>经纬度无效。</translation>
    </message>
    <message>
        <source>Give the place once: either longitude/latitude or X/Y.</source>
        <translation>请只给出一种坐标：经纬度或平面坐标。</translation>
    </message>
    <message>
        <source>The coordinates are incomplete.</source>
        <translation>坐标不完整。</translation>
    </message>
    <message>
        <source>The kind must be component or event.</source>
        <translation>类型须为部件或事件。</translation>
    </message>
    <message>
        <source>There is no class {class_code}.</source>
        <translation>找不到小类 {class_code}。</translation>
    </message>
    <message>
        <source>The code {value} has not the right form ({length} digits).</source>
        <translation>编码 {value} 格式不对（应为 {length} 位数字）。</translation>
    </message>
    <message>
        <source>A component cannot move to another district ({location_district}): its identifier would be wrong. Retire it and add a new one there.</source>
        <translation>部件不能移到其他区（{location_district}），否则标识码将不正确：请注销后在新位置新增。</translation>
    </message>
    <message>
        <source>Nothing to change.</source>
        <translation>没有需要修改的内容。</translation>
    </message>
    <message>
        <source>Please give a valid date.</source>
        <translation>请填写有效的日期。</translation>
    </message>
    <message>
        <source>The start date must be before the end date.</source>
        <translation>开始日期须早于结束日期。</translation>
    </message>
    <message>
        <source>The database address is not valid.</source>
        <translation>数据库地址无效。</translation>
    </message>
    <message>
        <source>This kind of database is not supported.</source>
        <translation>不支持此类数据库。</translation>
    </message>
    <message>
        <location filename="../../console/widgets/error_text.py" line="0"/>
        <source>Too many failed log-ins from this computer: logging in here is locked until {time}.</source>
        <translation>尝试次数过多，本机登录已锁定至 {time}。</translation>
    </message>
    <message>
        <location filename="../../console/widgets/error_text.py" line="0"/>
        <source>The current password is wrong.</source>
        <translation>原密码错误。</translation>
    </message>
    <message>
        <location filename="../../console/widgets/error_text.py" line="0"/>
        <source>Only an administrator may manage users.</source>
        <translation>仅管理员可管理用户。</translation>
    </message>
    <message>
        <location filename="../../console/widgets/error_text.py" line="0"/>
        <source>An administrator exists already: log in as an administrator to add users.</source>
        <translation>已有管理员：请以管理员身份登录后添加用户。</translation>
    </message>
    <message>
        <location filename="../../console/widgets/error_text.py" line="0"/>
        <source>The last active administrator cannot be deactivated.</source>
        <translation>不能停用最后一位管理员。</translation>
    </message>
    <message>
        <source>Your login has expired or was ended. Please log in again.</source>
        <translation>登录已失效，请重新登录。</translation>
    </message>
    <message>
        <source>Please log in first.</source>
        <translation>请先登录。</translation>
    </message>
    <message>
        <source>This computer is logged in as {logged_in}; it cannot act as {user}.</source>
        <translation>本机当前登录用户为{logged_in}，不能以{user}的身份操作。</translation>
    </message>
    <message>
        <source>The application server does not answer; nothing was saved. Please try again shortly.</source>
        <translation>应用服务器无响应，本次操作未保存，请稍后重试。</translation>
    </message>
    <message>
        <source>The application server gave an unexpected answer; nothing was saved.</source>
        <translation>应用服务器返回异常，本次操作未保存。</translation>
    </message>
    <message>
        <source>The request was not accepted by the server: {field}.</source>
        <translation>服务器未接受该请求：{field}。</translation>
    </message>
    <message>
        <source>A photo could not be sent: {photo}</source>
        <translation>照片无法发送：{photo}</translation>
    </message>
</context>
<context>
    <name>AlertCenter</name>
    <message>
        <source>Loading open cases for notices</source>
        <translation>加载提醒所需的在办案卷</translation>
    </message>
    <message>
        <source>Urgent case</source>
        <translation>紧急案件</translation>
    </message>
    <message>
        <source>Return requested</source>
        <translation>申请回退</translation>
    </message>
    <message>
        <source>For the shift leader</source>
        <translation>待值班长裁定</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>超期</translation>
    </message>
    <message>
        <source>New urgent case {code}: {description} ({where})</source>
        <translation>新紧急案件 {code}：{description}（{where}）</translation>
    </message>
    <message>
        <source>The department asks to return case {code}: {reason}</source>
        <translation>专业部门申请回退案卷 {code}：{reason}</translation>
    </message>
    <message>
        <source>Case {code} waits for the shift leader's decision</source>
        <translation>案卷 {code} 等待值班长裁定</translation>
    </message>
    <message>
        <source>Case {code} is overdue ({state})</source>
        <translation>案卷 {code} 已超期（{state}）</translation>
    </message>
    <message>
        <source>{n} cases: {codes}…</source>
        <translation>{n} 件案卷：{codes}…</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>查看</translation>
    </message>
</context>
<context>
    <name>AlertHistoryDialog</name>
    <message>
        <source>Notices</source>
        <translation>提醒记录</translation>
    </message>
    <message>
        <source>No notices yet.</source>
        <translation>暂无提醒。</translation>
    </message>
</context>
<context>
    <name>ChangePasswordDialog</name>
    <message>
        <source>Change my password</source>
        <translation>修改密码</translation>
    </message>
    <message>
        <source>User</source>
        <translation>用户</translation>
    </message>
    <message>
        <source>Current password</source>
        <translation>当前密码</translation>
    </message>
    <message>
        <source>New password</source>
        <translation>新密码</translation>
    </message>
    <message>
        <source>New password again</source>
        <translation>再次输入新密码</translation>
    </message>
    <message>
        <source>Enter your current password.</source>
        <translation>请输入当前密码。</translation>
    </message>
    <message>
        <source>The new password needs at least {n} characters.</source>
        <translation>新密码至少需要 {n} 个字符。</translation>
    </message>
    <message>
        <source>The two new passwords differ.</source>
        <translation>两次输入的新密码不一致。</translation>
    </message>
    <message>
        <source>The current password is wrong.</source>
        <translation>当前密码不正确。</translation>
    </message>
    <message>
        <source>The new password must differ from the current one.</source>
        <translation>新密码不能与当前密码相同。</translation>
    </message>
    <message>
        <source>The password was not changed.</source>
        <translation>密码未修改。</translation>
    </message>
</context>
<context>
    <name>HistorySearchDialog</name>
    <message>
        <source>Search closed cases</source>
        <translation>查询已结案卷</translation>
    </message>
    <message>
        <source>Case code, address or description (optional)</source>
        <translation>案卷编号、地址或描述（可选）</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>查询</translation>
    </message>
    <message>
        <source>From</source>
        <translation>从</translation>
    </message>
    <message>
        <source>to</source>
        <translation>至</translation>
    </message>
    <message>
        <source>More</source>
        <translation>更多</translation>
    </message>
    <message>
        <source>Searching…</source>
        <translation>查询中…</translation>
    </message>
    <message>
        <source>Searching closed cases</source>
        <translation>查询已结案卷</translation>
    </message>
    <message>
        <source>No closed case in this period.</source>
        <translation>此期间没有已结束的案卷。</translation>
    </message>
    <message>
        <source>{shown} of {total} cases</source>
        <translation>共 {total} 件，已显示 {shown} 件</translation>
    </message>
</context>
<context>
    <name>CaseExport</name>
    <message>
        <source>Case</source>
        <translation>案卷</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>来源</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Class</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>Urgent</source>
        <translation>紧急</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>是</translation>
    </message>
    <message>
        <source>no</source>
        <translation>否</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>地址</translation>
    </message>
    <message>
        <source>Grid cell</source>
        <translation>单元网格</translation>
    </message>
    <message>
        <source>Coordinates</source>
        <translation>坐标</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>处置部门</translation>
    </message>
    <message>
        <source>Registered</source>
        <translation>登记时间</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>时限</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>结案时间</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>问题描述</translation>
    </message>
    <message>
        <source>Caller</source>
        <translation>来电人</translation>
    </message>
    <message>
        <source>Case file {code}</source>
        <translation>案卷 {code}</translation>
    </message>
    <message>
        <source>History</source>
        <translation>办理经过</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>环节</translation>
    </message>
    <message>
        <source>By</source>
        <translation>办理人</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>意见</translation>
    </message>
    <message>
        <source>Photos</source>
        <translation>照片</translation>
    </message>
    <message>
        <source>No photos.</source>
        <translation>无照片。</translation>
    </message>
    <message>
        <source>Exported {at}</source>
        <translation>导出于 {at}</translation>
    </message>
</context>
<context>
    <name>GoToDialog</name>
    <message>
        <source>Go to coordinate</source>
        <translation>定位坐标</translation>
    </message>
    <message>
        <source>Longitude / latitude (degrees, CGCS2000)</source>
        <translation>经纬度（度，CGCS2000）</translation>
    </message>
    <message>
        <source>Projected X / Y (metres, EPSG:4549)</source>
        <translation>平面坐标 X / Y（米，EPSG:4549）</translation>
    </message>
    <message>
        <source>Coordinates</source>
        <translation>坐标</translation>
    </message>
    <message>
        <source>Longitude</source>
        <translation>经度</translation>
    </message>
    <message>
        <source>Latitude</source>
        <translation>纬度</translation>
    </message>
    <message>
        <source>X (m)</source>
        <translation>X（米）</translation>
    </message>
    <message>
        <source>Y (m)</source>
        <translation>Y（米）</translation>
    </message>
    <message>
        <source>Enter two numbers: {first} and {second}.</source>
        <translation>请输入两个数字：{first}和{second}。</translation>
    </message>
</context>
<context>
    <name>BookmarksDialog</name>
    <message>
        <source>Spatial bookmarks</source>
        <translation>空间书签</translation>
    </message>
    <message>
        <source>Go to</source>
        <translation>转到</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
</context>
<context>
    <name>CallbackDock</name>
    <message>
        <source>Replies to callers</source>
        <translation>回访</translation>
    </message>
    <message>
        <source>To call back</source>
        <translation>待回访</translation>
    </message>
    <message>
        <source>Not reached yet</source>
        <translation>未联系上</translation>
    </message>
    <message>
        <source>Reached</source>
        <translation>已回访</translation>
    </message>
    <message>
        <source>All</source>
        <translation>全部</translation>
    </message>
    <message>
        <source>What the caller said (optional)</source>
        <translation>回访情况（选填）</translation>
    </message>
    <message>
        <source>Reached: satisfied</source>
        <translation>已联系：满意</translation>
    </message>
    <message>
        <source>Reached: not satisfied</source>
        <translation>已联系：不满意</translation>
    </message>
    <message>
        <source>Not reached</source>
        <translation>未联系上</translation>
    </message>
    <message>
        <source>(no name given)</source>
        <translation>（未留姓名）</translation>
    </message>
    <message>
        <source>(no phone given)</source>
        <translation>（未留电话）</translation>
    </message>
    <message>
        <source>Caller: {name} · {phone}</source>
        <translation>举报人：{name} · {phone}</translation>
    </message>
</context>
<context>
    <name>CalendarNotice</name>
    <message>
        <source>Checking the work calendar</source>
        <translation>正在检查工作日历</translation>
    </message>
    <message>
        <source>The work calendar covers holidays until {date} ({days} days left): load next year&apos;s holidays and make-up days (console calendar load).</source>
        <translation>工作日历的节假日数据截至 {date}（剩余 {days} 天）：请载入下一年的节假日和调休安排（console calendar load）。</translation>
    </message>
    <message>
        <source>The work calendar has no holidays after {date}: deadlines are counted on weekdays only. Load the year&apos;s holidays (console calendar load).</source>
        <translation>工作日历在 {date} 之后没有节假日数据：时限仅按工作日估算。请载入该年的节假日安排（console calendar load）。</translation>
    </message>
    <message>
        <source>{n} open case deadline(s) are estimates.</source>
        <translation>{n} 件在办案卷的时限为估算值。</translation>
    </message>
    <message>
        <source>Work calendar</source>
        <translation>工作日历</translation>
    </message>
</context>
<context>
    <name>PrintDialog</name>
    <message>
        <source>Dispatch slip</source>
        <translation>派遣单</translation>
    </message>
    <message>
        <source>Case file</source>
        <translation>案卷</translation>
    </message>
    <message>
        <source>Print</source>
        <translation>打印</translation>
    </message>
    <message>
        <source>{form} to printer…</source>
        <translation>打印{form}…</translation>
    </message>
    <message>
        <source>{form} as PDF…</source>
        <translation>导出{form}…</translation>
    </message>
    <message>
        <source>Save {form} as PDF</source>
        <translation>导出{form}</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF文件 (*.pdf)</translation>
    </message>
</context>
<context>
    <name>NewestCasesPanel</name>
    <message>
        <location filename="../../console/widgets/wall/newest_panel.py" line="33"/>
        <source>Newest cases</source>
        <translation>最新案件</translation>
    </message>
    <message>
        <location filename="../../console/widgets/wall/newest_panel.py" line="74"/>
        <source>No case yet.</source>
        <translation>暂无案件。</translation>
    </message>
    <message>
        <location filename="../../console/widgets/wall/newest_panel.py" line="96"/>
        <source>No photo</source>
        <translation>无照片</translation>
    </message>
    <message>
        <location filename="../../console/widgets/wall/newest_panel.py" line="108"/>
        <source>URGENT</source>
        <translation>紧急</translation>
    </message>
</context>
<context>
    <name>RankingPanel</name>
    <message>
        <location filename="../../console/widgets/wall/ranking_panel.py" line="17"/>
        <source>Departments: on-time closure, 30 days</source>
        <translation>专业部门按期结案率（近30天）</translation>
    </message>
    <message>
        <location filename="../../console/widgets/wall/ranking_panel.py" line="32"/>
        <source>No department had a case due.</source>
        <translation>近期没有到期的部门案件。</translation>
    </message>
</context>
<context>
    <name>TilesPanel</name>
    <message>
        <location filename="../../console/widgets/wall/tiles_panel.py" line="18"/>
        <source>Today</source>
        <translation>今日</translation>
    </message>
    <message>
        <location filename="../../console/widgets/wall/tiles_panel.py" line="24"/>
        <source>Reported</source>
        <translation>上报</translation>
    </message>
    <message>
        <location filename="../../console/widgets/wall/tiles_panel.py" line="24"/>
        <source>Filed</source>
        <translation>立案</translation>
    </message>
    <message>
        <location filename="../../console/widgets/wall/tiles_panel.py" line="25"/>
        <source>Dispatched</source>
        <translation>派遣</translation>
    </message>
    <message>
        <location filename="../../console/widgets/wall/tiles_panel.py" line="25"/>
        <source>Closed</source>
        <translation>结案</translation>
    </message>
    <message>
        <location filename="../../console/widgets/wall/tiles_panel.py" line="26"/>
        <source>Overdue</source>
        <translation>超期</translation>
    </message>
    <message>
        <location filename="../../console/widgets/wall/tiles_panel.py" line="26"/>
        <source>On-time closure (month)</source>
        <translation>本月按期结案率</translation>
    </message>
</context>
<context>
    <name>WallTour</name>
    <message>
        <location filename="../../console/widgets/wall/tour.py" line="40"/>
        <source>Whole city</source>
        <translation>全市</translation>
    </message>
    <message>
        <location filename="../../console/widgets/wall/tour.py" line="53"/>
        <source>Hot spot {n}: cell {cell} ({count} open)</source>
        <translation>热点{n}：网格{cell}（在办{count}件）</translation>
    </message>
</context>
<context>
    <name>TrendPanel</name>
    <message>
        <location filename="../../console/widgets/wall/trend_panel.py" line="17"/>
        <source>Last 30 days</source>
        <translation>近30天趋势</translation>
    </message>
    <message>
        <location filename="../../console/widgets/wall/trend_panel.py" line="26"/>
        <source>Reported</source>
        <translation>上报</translation>
    </message>
    <message>
        <location filename="../../console/widgets/wall/trend_panel.py" line="26"/>
        <source>Closed</source>
        <translation>结案</translation>
    </message>
</context>
<context>
    <name>VideoWall</name>
    <message>
        <location filename="../../console/widgets/wall/video_wall.py" line="152"/>
        <source>Tour: {stop}</source>
        <translation>巡游：{stop}</translation>
    </message>
    <message>
        <location filename="../../console/widgets/wall/video_wall.py" line="159"/>
        <source>Replay of today: {time}</source>
        <translation>今日回放：{time}</translation>
    </message>
</context>
<context>
    <name>WallHeader</name>
    <message>
        <location filename="../../console/widgets/wall/wall_panel.py" line="59"/>
        <source>Digital urban management — supervision and command</source>
        <translation>数字城管 大屏监督指挥</translation>
    </message>
</context>
<context>
    <name>WallPanel</name>
    <message>
        <location filename="../../console/widgets/wall/wall_panel.py" line="98"/>
        <source>Loading…</source>
        <translation>正在加载…</translation>
    </message>
    <message>
        <location filename="../../console/widgets/wall/wall_panel.py" line="166"/>
        <source>Reading the video wall's figures</source>
        <translation>正在读取大屏数据</translation>
    </message>
    <message>
        <location filename="../../console/widgets/wall/wall_panel.py" line="215"/>
        <source>Reconnecting to the database… (figures of {time})</source>
        <translation>正在重新连接数据库…（{time}的数据）</translation>
    </message>
    <message>
        <location filename="../../console/widgets/wall/wall_panel.py" line="227"/>
        <source>Live</source>
        <translation>实时</translation>
    </message>
    <message>
        <location filename="../../console/widgets/wall/wall_panel.py" line="227"/>
        <source>Reconnecting…</source>
        <translation>正在重新连接…</translation>
    </message>
</context>
<context>
    <name>StatisticsDock</name>
    <message>
        <location filename="../../console/widgets/statistics_dock.py" line="187"/>
        <source>Period:</source>
        <translation>统计期:</translation>
    </message>
    <message>
        <location filename="../../console/widgets/statistics_dock.py" line="190"/>
        <source>This month</source>
        <translation>本月</translation>
    </message>
    <message>
        <location filename="../../console/widgets/statistics_dock.py" line="190"/>
        <source>Last month</source>
        <translation>上月</translation>
    </message>
    <message>
        <location filename="../../console/widgets/statistics_dock.py" line="190"/>
        <source>This year</source>
        <translation>今年</translation>
    </message>
    <message>
        <location filename="../../console/widgets/statistics_dock.py" line="191"/>
        <source>From … to …</source>
        <translation>自定义起止</translation>
    </message>
    <message>
        <location filename="../../console/widgets/statistics_dock.py" line="202"/>
        <source>Compute</source>
        <translation>统计</translation>
    </message>
    <message>
        <location filename="../../console/widgets/statistics_dock.py" line="210"/>
        <source>By:</source>
        <translation>维度:</translation>
    </message>
    <message>
        <location filename="../../console/widgets/statistics_dock.py" line="216"/>
        <source>Figure:</source>
        <translation>指标:</translation>
    </message>
    <message>
        <location filename="../../console/widgets/statistics_dock.py" line="224"/>
        <source>Trend by:</source>
        <translation>趋势:</translation>
    </message>
    <message>
        <location filename="../../console/widgets/statistics_dock.py" line="227"/>
        <source>Day</source>
        <translation>按日</translation>
    </message>
    <message>
        <location filename="../../console/widgets/statistics_dock.py" line="227"/>
        <source>Week</source>
        <translation>按周</translation>
    </message>
    <message>
        <location filename="../../console/widgets/statistics_dock.py" line="228"/>
        <source>Month</source>
        <translation>按月</translation>
    </message>
    <message>
        <location filename="../../console/widgets/statistics_dock.py" line="233"/>
        <source>Drill down on the map</source>
        <translation>地图点选下钻</translation>
    </message>
    <message>
        <location filename="../../console/widgets/statistics_dock.py" line="234"/>
        <source>Click an area on the map to see what is inside it</source>
        <translation>在地图上点击区域,查看其下一级</translation>
    </message>
    <message>
        <location filename="../../console/widgets/statistics_dock.py" line="257"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../../console/widgets/statistics_dock.py" line="291"/>
        <source>Case</source>
        <translation>案卷</translation>
    </message>
    <message>
        <location filename="../../console/widgets/statistics_dock.py" line="291"/>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../console/widgets/statistics_dock.py" line="292"/>
        <source>Class</source>
        <translation>小类</translation>
    </message>
    <message>
        <location filename="../../console/widgets/statistics_dock.py" line="292"/>
        <source>Registered</source>
        <translation>登记时间</translation>
    </message>
    <message>
        <location filename="../../console/widgets/statistics_dock.py" line="294"/>
        <source>Evaluation table</source>
        <translation>评价表</translation>
    </message>
    <message>
        <location filename="../../console/widgets/statistics_dock.py" line="295"/>
        <source>Recurring problems</source>
        <translation>高发问题</translation>
    </message>
    <message>
        <location filename="../../console/widgets/statistics_dock.py" line="296"/>
        <source>Cases of the cell</source>
        <translation>网格案卷</translation>
    </message>
    <message>
        <location filename="../../console/widgets/statistics_dock.py" line="420"/>
        <source>cases changed since: Compute again</source>
        <translation>案卷已有变化:请重新统计</translation>
    </message>
    <message>
        <location filename="../../console/widgets/statistics_dock.py" line="461"/>
        <source>Evaluation</source>
        <translation>综合评价</translation>
    </message>
    <message>
        <location filename="../../console/widgets/statistics_dock.py" line="484"/>
        <source>{start} to {end} by {dimension}: not computed yet</source>
        <translation>{start} 至 {end},按{dimension}:尚未统计</translation>
    </message>
    <message>
        <location filename="../../console/widgets/statistics_dock.py" line="489"/>
        <source>the cases of the cell</source>
        <translation>网格内案卷</translation>
    </message>
    <message>
        <location filename="../../console/widgets/statistics_dock.py" line="491"/>
        <source>the whole city</source>
        <translation>全市</translation>
    </message>
    <message>
        <location filename="../../console/widgets/statistics_dock.py" line="493"/>
        <source>{start} to {end} · {where} · by {dimension} · {rows} rows</source>
        <translation>{start} 至 {end} · {where} · 按{dimension} · {rows} 行</translation>
    </message>
    <message>
        <location filename="../../console/widgets/statistics_dock.py" line="497"/>
        <source>Computed at {as_of} UTC</source>
        <translation>统计于 {as_of}(UTC)</translation>
    </message>
    <message>
        <location filename="../../console/widgets/statistics_dock.py" line="505"/>
        <source>Whole city</source>
        <translation>全市</translation>
    </message>
    <message>
        <location filename="../../console/widgets/statistics_dock.py" line="544"/>
        <source>by day</source>
        <translation>按日</translation>
    </message>
    <message>
        <location filename="../../console/widgets/statistics_dock.py" line="544"/>
        <source>by week</source>
        <translation>按周</translation>
    </message>
    <message>
        <location filename="../../console/widgets/statistics_dock.py" line="545"/>
        <source>by month</source>
        <translation>按月</translation>
    </message>
    <message>
        <location filename="../../console/widgets/statistics_dock.py" line="548"/>
        <source>{figure} of {where}, {step}</source>
        <translation>{where}{figure}趋势({step})</translation>
    </message>
    <message>
        <location filename="../../console/widgets/statistics_dock.py" line="560"/>
        <source>Problem class</source>
        <translation>问题类别</translation>
    </message>
    <message>
        <location filename="../../console/widgets/statistics_dock.py" line="560"/>
        <source>Where</source>
        <translation>地点</translation>
    </message>
    <message>
        <location filename="../../console/widgets/statistics_dock.py" line="561"/>
        <source>Cases</source>
        <translation>案卷数</translation>
    </message>
    <message>
        <location filename="../../console/widgets/statistics_dock.py" line="568"/>
        <source>Component {code}</source>
        <translation>部件 {code}</translation>
    </message>
    <message>
        <location filename="../../console/widgets/statistics_dock.py" line="569"/>
        <source>Cell {code}</source>
        <translation>网格 {code}</translation>
    </message>
    <message>
        <location filename="../../console/widgets/statistics_dock.py" line="618"/>
        <source>{figure} ({where}, {start} to {end})</source>
        <translation>{figure}({where},{start} 至 {end})</translation>
    </message>
    <message>
        <location filename="../../console/widgets/statistics_dock.py" line="136"/>
        <source>District</source>
        <translation>区</translation>
    </message>
    <message>
        <location filename="../../console/widgets/statistics_dock.py" line="137"/>
        <source>Street</source>
        <translation>街道</translation>
    </message>
    <message>
        <location filename="../../console/widgets/statistics_dock.py" line="138"/>
        <source>Community</source>
        <translation>社区</translation>
    </message>
    <message>
        <location filename="../../console/widgets/statistics_dock.py" line="139"/>
        <source>Grid cell</source>
        <translation>单元网格</translation>
    </message>
    <message>
        <location filename="../../console/widgets/statistics_dock.py" line="140"/>
        <source>Department</source>
        <translation>专业部门</translation>
    </message>
    <message>
        <location filename="../../console/widgets/statistics_dock.py" line="142"/>
        <source>Source</source>
        <translation>来源</translation>
    </message>
    <message>
        <location filename="../../console/widgets/statistics_dock.py" line="143"/>
        <source>Inspector</source>
        <translation>监督员</translation>
    </message>
    <message>
        <location filename="../../console/widgets/statistics_dock.py" line="144"/>
        <source>Acceptor</source>
        <translation>受理员</translation>
    </message>
    <message>
        <location filename="../../console/widgets/statistics_dock.py" line="145"/>
        <source>Shift leader</source>
        <translation>值班长</translation>
    </message>
    <message>
        <location filename="../../console/widgets/statistics_dock.py" line="146"/>
        <source>Dispatcher</source>
        <translation>派遣员</translation>
    </message>
</context>
<context>
    <name>KpiTableModel</name>
    <message>
        <location filename="../../console/widgets/kpi_table_model.py" line="138"/>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <location filename="../../console/widgets/kpi_table_model.py" line="140"/>
        <source>Code</source>
        <translation>编码</translation>
    </message>
    <message>
        <location filename="../../console/widgets/kpi_table_model.py" line="144"/>
        <source>Percent; change on the same period of last year (YoY) and on the previous period (MoM) in percentage points, where known</source>
        <translation>百分比;括号内为同比、环比变化(百分点),有数据时显示</translation>
    </message>
    <message>
        <location filename="../../console/widgets/kpi_table_model.py" line="172"/>
        <source>YoY {change} points</source>
        <translation>同比 {change} 个百分点</translation>
    </message>
    <message>
        <location filename="../../console/widgets/kpi_table_model.py" line="174"/>
        <source>MoM {change} points</source>
        <translation>环比 {change} 个百分点</translation>
    </message>
    <message>
        <location filename="../../console/widgets/kpi_table_model.py" line="190"/>
        <source>YoY {change}</source>
        <translation>同比 {change}</translation>
    </message>
    <message>
        <location filename="../../console/widgets/kpi_table_model.py" line="192"/>
        <source>MoM {change}</source>
        <translation>环比 {change}</translation>
    </message>
</context>
<context>
    <name>KpiLabels</name>
    <message>
        <location filename="../../console/widgets/kpi_table_model.py" line="30"/>
        <source>Reported</source>
        <translation>上报数</translation>
    </message>
    <message>
        <location filename="../../console/widgets/kpi_table_model.py" line="31"/>
        <source>Valid reports</source>
        <translation>有效上报数</translation>
    </message>
    <message>
        <location filename="../../console/widgets/kpi_table_model.py" line="32"/>
        <source>Filed</source>
        <translation>立案数</translation>
    </message>
    <message>
        <location filename="../../console/widgets/kpi_table_model.py" line="33"/>
        <source>Dispatched</source>
        <translation>派遣数</translation>
    </message>
    <message>
        <location filename="../../console/widgets/kpi_table_model.py" line="34"/>
        <source>Handled</source>
        <translation>处置数</translation>
    </message>
    <message>
        <location filename="../../console/widgets/kpi_table_model.py" line="35"/>
        <source>Closed</source>
        <translation>结案数</translation>
    </message>
    <message>
        <location filename="../../console/widgets/kpi_table_model.py" line="36"/>
        <source>Missed reports</source>
        <translation>漏报数</translation>
    </message>
    <message>
        <location filename="../../console/widgets/kpi_table_model.py" line="37"/>
        <source>Rejected</source>
        <translation>不受理数</translation>
    </message>
    <message>
        <location filename="../../console/widgets/kpi_table_model.py" line="38"/>
        <source>Returned</source>
        <translation>回退数</translation>
    </message>
    <message>
        <location filename="../../console/widgets/kpi_table_model.py" line="40"/>
        <source>Close rate</source>
        <translation>结案率</translation>
    </message>
    <message>
        <location filename="../../console/widgets/kpi_table_model.py" line="41"/>
        <source>On-time close rate</source>
        <translation>按期结案率</translation>
    </message>
    <message>
        <location filename="../../console/widgets/kpi_table_model.py" line="42"/>
        <source>Overdue close rate</source>
        <translation>超期结案率</translation>
    </message>
    <message>
        <location filename="../../console/widgets/kpi_table_model.py" line="43"/>
        <source>Handle rate</source>
        <translation>处置率</translation>
    </message>
    <message>
        <location filename="../../console/widgets/kpi_table_model.py" line="44"/>
        <source>On-time handle rate</source>
        <translation>按期处置率</translation>
    </message>
    <message>
        <location filename="../../console/widgets/kpi_table_model.py" line="45"/>
        <source>Rework rate</source>
        <translation>返工率</translation>
    </message>
    <message>
        <location filename="../../console/widgets/kpi_table_model.py" line="46"/>
        <source>On-time filing rate</source>
        <translation>按时立案率</translation>
    </message>
    <message>
        <location filename="../../console/widgets/kpi_table_model.py" line="47"/>
        <source>Accurate filing rate</source>
        <translation>准确立案率</translation>
    </message>
    <message>
        <location filename="../../console/widgets/kpi_table_model.py" line="48"/>
        <source>On-time dispatch rate</source>
        <translation>按时派遣率</translation>
    </message>
    <message>
        <location filename="../../console/widgets/kpi_table_model.py" line="49"/>
        <source>Accurate dispatch rate</source>
        <translation>准确派遣率</translation>
    </message>
    <message>
        <location filename="../../console/widgets/kpi_table_model.py" line="50"/>
        <source>Valid report rate</source>
        <translation>有效上报率</translation>
    </message>
    <message>
        <location filename="../../console/widgets/kpi_table_model.py" line="51"/>
        <source>Missed report rate</source>
        <translation>漏报率</translation>
    </message>
    <message>
        <location filename="../../console/widgets/kpi_table_model.py" line="52"/>
        <source>On-time verification rate</source>
        <translation>按时核实率</translation>
    </message>
    <message>
        <location filename="../../console/widgets/kpi_table_model.py" line="53"/>
        <source>On-time inspection rate</source>
        <translation>按时核查率</translation>
    </message>
    <message>
        <location filename="../../console/widgets/kpi_table_model.py" line="54"/>
        <source>On-time urging reply rate</source>
        <translation>督办按时回复率</translation>
    </message>
    <message>
        <location filename="../../console/widgets/kpi_table_model.py" line="55"/>
        <source>Satisfaction rate</source>
        <translation>满意率</translation>
    </message>
    <message>
        <location filename="../../console/widgets/kpi_table_model.py" line="57"/>
        <source>Score</source>
        <translation>综合得分</translation>
    </message>
    <message>
        <location filename="../../console/widgets/kpi_table_model.py" line="58"/>
        <source>Grade</source>
        <translation>等级</translation>
    </message>
</context>
<context>
    <name>KpiChart</name>
    <message>
        <location filename="../../console/widgets/kpi_chart.py" line="32"/>
        <source>Charts need Qt Charts (Debian package python3-pyqt5.qtchart).</source>
        <translation>图表需要 Qt Charts(Debian 软件包 python3-pyqt5.qtchart)。</translation>
    </message>
</context>
<context>
    <name>EvaluationLayer</name>
    <message>
        <location filename="../../console/maps/evaluation_layer.py" line="104"/>
        <source>No figures</source>
        <translation>无数据</translation>
    </message>
    <message>
        <location filename="../../console/maps/evaluation_layer.py" line="256"/>
        <source>Evaluation</source>
        <translation>综合评价</translation>
    </message>
</context>
</TS>
