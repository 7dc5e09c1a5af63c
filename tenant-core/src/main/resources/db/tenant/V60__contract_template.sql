-- Contract templates of the city, versioned: a new version is a new row, so contracts generated from an older one keep
-- naming the text they were made from. Version 1 is the standard 《零工服务协议通用条款》; "## " starts a clause heading
-- and {{name}} a value filled from the order (docs/contracts.md lists them).
create table contract_template (
    version    integer primary key,
    title      text        not null,
    body       text        not null,
    created_at timestamptz not null default now(),
    created_by text        not null
);

insert into contract_template (version, title, body, created_by) values (1, '零工服务协议通用条款', $body$合同编号：{{contractNumber}}
订单编号：{{orderNumber}}

甲方（用工方）：{{employerName}}
统一社会信用代码：{{employerCreditCode}}
乙方（零工人员）：{{workerName}}
公民身份号码：{{workerIdNumber}}

甲、乙双方依据《中华人民共和国民法典》及有关法律法规，遵循平等自愿、公平诚信的原则，经本平台撮合，就乙方为甲方提供零工服务一事达成如下协议，共同遵守。

## 第一条 服务内容
乙方为甲方提供“{{jobTitle}}”服务，具体内容和要求以平台发布的岗位信息为准。甲方应如实告知工作内容、工作要求和可能存在的风险，不得安排乙方从事与约定无关或法律法规禁止的工作。

## 第二条 服务时间和地点
服务时间：{{startTime}} 至 {{endTime}}（北京时间）。
服务地点：{{workPlace}}。
服务时间或地点需要变更的，应经双方协商一致，并在平台留存记录。

## 第三条 服务报酬及支付
服务报酬：{{wage}}，以人民币计算和支付。
甲方应在乙方完成服务后及时足额支付报酬，最迟不超过服务完成之日起七日；不得以实物、代金券等代替货币支付，不得无故克扣或拖欠。甲方支付后应在平台登记支付记录，乙方在平台确认收款；乙方对金额有异议或未按期收到报酬的，可通过平台提出欠薪投诉，由人力资源社会保障部门依法处理。

## 第四条 保险保障
保险保障：{{insurance}}。
甲方应依照国家和本地规定为乙方办理灵活就业人员职业伤害保障或为其投保意外伤害保险；投保信息以平台保险登记记录为准。

## 第五条 安全生产与劳动保护
甲方应提供符合国家规定的劳动安全卫生条件和必要的劳动防护用品，并在开工前进行安全告知；高温、高处等特殊作业应遵守国家有关规定。乙方应遵守安全操作规程，服从合理的现场管理。服务期间发生伤害事故的，甲方应立即组织救治并及时报告。

## 第六条 双方其他权利义务
甲方不得向乙方收取押金、保证金或扣押其身份证件。乙方应按约定亲自完成服务，不得擅自转交他人。双方仅为履行本协议使用对方的个人信息，并负有保密义务。

## 第七条 取消、缺勤与违约
服务开始前，任一方可通过平台取消订单并说明理由，平台记录取消原因。乙方无正当理由未按时到岗的，平台记录缺勤；甲方无正当理由在乙方到岗后取消的，应支付相应误工补偿。一方违约给对方造成损失的，应依法承担赔偿责任。

## 第八条 争议解决
双方因本协议发生争议的，应先行协商；协商不成的，可向所在地人力资源社会保障部门或零工市场申请调解，也可依法向劳动人事争议仲裁委员会申请仲裁或向人民法院提起诉讼。

## 第九条 其他
本协议由双方在平台以经身份认证的账户点击签署，自双方均签署之日起生效。签署记录（签署人账户、身份、时间及所签文本摘要）由平台以哈希链方式存证，任何改动均可被核验发现。本协议未尽事宜，依照有关法律法规执行。$body$, 'system');
