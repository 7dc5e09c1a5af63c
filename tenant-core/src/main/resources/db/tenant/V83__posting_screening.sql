-- Screening of postings (issue 16): the city's rules, matched over segmented words before a job is published, and
-- the queue of jobs a rule held for review. Rules are the city's data: seeded here with defaults, then added to,
-- tuned and switched off by its admins. The pattern language is in docs/screening.md.
create table screening_rule (
    code        text        primary key check (code ~ '^[a-z][a-z0-9-]{1,40}$'),
    category    text        not null check (category in ('AGE', 'GENDER', 'REGION', 'ETHNICITY',
                                'MARITAL_CHILDBEARING', 'HEALTH', 'FEES', 'ID_WITHHELD', 'OFF_PLATFORM_CONTACT',
                                'WAGE_IMPLAUSIBLE')),
    pattern     text        not null,
    action      text        not null check (action in ('BLOCK', 'HOLD', 'WARN')),
    grounds_zh  text        not null,
    grounds_en  text        not null,
    enabled     boolean     not null default true,
    updated_at  timestamptz not null default now(),
    updated_by  text        not null default 'platform'
);

-- A held job is not public; jobs owns its status (HELD), this table its reasons and the reviewer's decision.
create table posting_review (
    job_id      uuid        primary key references job (id) on delete cascade,
    title       text        not null,
    hits        jsonb       not null,
    held_at     timestamptz not null,
    decision    text        check (decision in ('APPROVED', 'REJECTED')),
    decided_by  text,
    decided_at  timestamptz,
    reason      text
);
create index posting_review_waiting on posting_review (held_at) where decision is null;

alter table job drop constraint job_status_check;
alter table job add constraint job_status_check
    check (status in ('DRAFT', 'OPEN', 'FILLED', 'CLOSED', 'EXPIRED', 'TAKEN_DOWN', 'HELD'));

insert into screening_rule (code, category, action, grounds_zh, grounds_en, pattern) values
('gender-limit', 'GENDER', 'BLOCK',
 '《就业促进法》第二十七条；《妇女权益保障法》第四十三条（不得限定为男性或规定男性优先）；《人力资源市场暂行条例》第二十四条',
 'Employment Promotion Law art. 27; Women''s Rights Law art. 43 (no male-only or male-preferred hiring); Interim Regulations on the Human Resources Market art. 24',
$p$
限|只要|仅要|只限|要求|需 男|女|男性|女性|男生|女生|男士|女士|男工|女工|男孩|女孩 !女|男|不限
只|仅 招|要|收|录 男|女|男性|女性|男生|女生|男士|女士|男工|女工 !女|男|不限
男性|女性|男生|女生|男士|女士|男工|女工 优先|勿|免谈|除外|谢绝
男|女 !女|男|不 ~ 优先|勿|免谈|除外|谢绝
不要|不招|谢绝 男|女|男性|女性|男生|女生|男士|女士|男工|女工 !女|男
不 招|要|收|录用 男|女|男性|女性|男生|女生|男士|女士|男工|女工 !女|男
性别 ~ , 男|女|男性|女性 !女|男|不限|均可
招|招聘 女工|男工
招|招聘 男|女 !女|男|不限|装
招|招聘 男性|女性|男生|女生|男士|女士|男孩|女孩
, 男|女|男性|女性|男生|女生|男的|女的 ,
$p$),
('age-limit', 'AGE', 'HOLD',
 '《就业促进法》第三条（平等就业，不因身份受歧视）；人力资源社会保障部门关于规范招聘行为、不得设置歧视性年龄条件的要求',
 'Employment Promotion Law art. 3 (equal employment); the human-resources authorities'' rules against discriminatory age conditions in hiring',
$p$
- 未成年人|未成年|童工|退休|法定
#19-59 岁|周岁 以下|以内|之内|内
不 ~ 超过|大于|高于 #19-59 岁|周岁
#19-59 岁|周岁 以上 ~ 勿|免谈|谢绝|不要|不
超过 #19-59 岁|周岁 ~ 勿|免谈|谢绝|不要|不
#14-59 ,|至|到|~ #19-59 岁|周岁
年龄 ~ #14-59 ,|至|到 #19-59
限|要求|只要|仅限 年轻|年轻人
$p$),
('region-origin', 'REGION', 'BLOCK',
 '《就业促进法》第三条、第三十一条（不得对农村劳动者进城就业设置歧视性限制）；《人力资源市场暂行条例》第二十四条',
 'Employment Promotion Law arts. 3 and 31 (no discriminatory limits on rural workers); Interim Regulations on the Human Resources Market art. 24',
$p$
不 招|要|收|用|录用 河南|新疆|西藏|东北|四川|湖南|湖北|安徽|江西|广西|贵州|云南|甘肃|河北|山东|山西|陕西|内蒙古|黑龙江|吉林|辽宁|福建|广东|浙江|江苏|重庆|青海|宁夏|海南|潮汕|外省|外地 人|籍
不要|不招|不收|谢绝 河南|新疆|西藏|东北|四川|湖南|湖北|安徽|江西|广西|贵州|云南|甘肃|河北|山东|山西|陕西|内蒙古|黑龙江|吉林|辽宁|福建|广东|浙江|江苏|重庆|青海|宁夏|海南|潮汕|外省|外地 人|籍
河南|新疆|西藏|东北|四川|湖南|湖北|安徽|江西|广西|贵州|云南|甘肃|河北|山东|山西|陕西|内蒙古|黑龙江|吉林|辽宁|福建|广东|浙江|江苏|重庆|青海|宁夏|海南|潮汕|外省|外地 人|籍 ~ 勿|不要|免谈|除外|谢绝|优先|不
外地人|农村人 ~ 勿|不要|免谈|除外|谢绝|不
不 招|要|收|用 外地人|农村人
限|仅限|只招|只要 本地 人|籍
$p$),
('region-household', 'REGION', 'HOLD',
 '《就业促进法》第三条、第三十一条（不得以户籍设置歧视性限制）',
 'Employment Promotion Law arts. 3 and 31 (no discriminatory limits by household registration)',
$p$
- 不限|均可|不论|不分|无论|都|皆可
本地|本市|本省|本区|本县|城镇|城市 户口|户籍
户口|户籍 ~ 本地|本市|本省|城镇
$p$),
('ethnicity', 'ETHNICITY', 'BLOCK',
 '《就业促进法》第三条、第二十八条（各民族劳动者享有平等的劳动权利）；《人力资源市场暂行条例》第二十四条',
 'Employment Promotion Law arts. 3 and 28 (workers of every ethnic group have equal rights); Interim Regulations on the Human Resources Market art. 24',
$p$
限|只要|只|仅|仅限|要求 汉族|汉
汉族 优先|人
只 招|要|收|录 汉族|汉
民族 , 汉|汉族
少数民族|维族|维吾尔族|回族|藏族|彝族|苗族|壮族|哈萨克族 ~ 不 招|要|收|用
不 招|要|收|用 少数民族|维族|维吾尔族|回族|藏族|彝族|苗族|壮族|哈萨克族
不要|不招|不收|谢绝 少数民族|维族|维吾尔族|回族|藏族|彝族|苗族|壮族|哈萨克族
少数民族|维族|维吾尔族|回族|藏族|彝族|苗族|壮族|哈萨克族 ~ 勿|不要|免谈|除外|谢绝
$p$),
('marital-childbearing', 'MARITAL_CHILDBEARING', 'BLOCK',
 '《就业促进法》第二十七条；《妇女权益保障法》第四十三条（不得将婚姻、生育状况作为录用条件）',
 'Employment Promotion Law art. 27; Women''s Rights Law art. 43 (marriage and childbearing are no condition of hiring)',
$p$
已婚|未婚|已育|未育|离异|单身|孕妇|孕期|怀孕|哺乳期 ~ 勿|不要|免谈|除外|谢绝|优先
已婚|未婚 已|未 育
限|要求|只要|只招|仅限 已婚|未婚|单身
不 招|要|收 孕妇|已婚|未婚|哺乳期
无 ~ 生育 计划
不 ~ 生育|怀孕|要 ~ 孩子|二
不 能|得|可|许 怀孕|生育
$p$),
('health-carrier', 'HEALTH', 'HOLD',
 '《就业促进法》第三十条（不得以传染病病原携带者为由拒绝录用）、第二十九条（不得歧视残疾人）',
 'Employment Promotion Law art. 30 (no refusal for carrying an infectious pathogen) and art. 29 (no discrimination of disabled people)',
$p$
乙肝|携带者|艾滋病|hiv|残疾人|残疾|肝炎|小三阳|大三阳 ~ 勿|不要|免谈|除外|谢绝
不 招|要|收|用 乙肝|残疾人|携带者|残疾
不要|不招|不收|谢绝 乙肝|残疾人|携带者|残疾
无 乙肝|残疾|肝炎
$p$),
('fees', 'FEES', 'BLOCK',
 '《劳动合同法》第九条（不得要求劳动者提供担保或以其他名义收取财物）；《就业服务与就业管理规定》第十四条',
 'Labour Contract Law art. 9 (no guarantee or money demanded from workers under any name); Employment Services Provisions art. 14',
$p$
- 不|无|无需|免|免费|零|不用|不会|任何|报销|客人|顾客|住客|房客|客户|公司承担|禁止|严禁|拒绝|警惕|谨防
押金|保证金|中介费|手续费 ~ #1-100000
押金|保证金|中介费|手续费 , #1-100000
押金|保证金|中介费|手续费 ~ 自理|自付
交|缴|缴纳|收取|收|先交|预交|支付|付|需 ~ 押金|保证金|中介费|手续费
培训费|服装费|工装费|报名费|介绍费|资料费|制服费|工牌费|办卡费|会员费|入职费|上岗费|面试费 ~ #1-100000
培训费|服装费|工装费|报名费|介绍费|资料费|制服费|工牌费|办卡费|会员费|入职费|上岗费|面试费 ~ 自理|自付|自己
交|缴|缴纳|收取|收|先交|预交|支付|付 ~ 培训费|服装费|工装费|报名费|介绍费|资料费|制服费|工牌费|会员费|入职费|上岗费|面试费
$p$),
('id-withheld', 'ID_WITHHELD', 'BLOCK',
 '《劳动合同法》第九条（不得扣押劳动者的居民身份证和其他证件）；《就业服务与就业管理规定》第十四条',
 'Labour Contract Law art. 9 (no withholding of identity cards or other papers); Employment Services Provisions art. 14',
$p$
- 不|不会|绝不|无需|禁止|严禁|复印件|携带|带|出示|核验|查验|验证|实名|自行|自己|本人
押|扣|扣押|扣留|暂扣|收走|保管|代管|上交|抵押 ~ 身份证|证件|毕业证|户口本|银行卡
身份证|证件|毕业证|银行卡 ~ 押|扣|扣押|扣留|暂扣|保管|代管|上交|抵押|交给|交由
$p$),
('off-platform-contact', 'OFF_PLATFORM_CONTACT', 'HOLD',
 '平台规则：联系和交易在平台内进行，防范招聘诈骗；《人力资源市场暂行条例》第二十四条（招聘信息应当真实、合法）',
 'Platform rule: contact and pay stay on the platform against job fraud; Interim Regulations on the Human Resources Market art. 24',
$p$
- 平台|勿|禁止|严禁|谨防|切勿|不|无需|警惕
加|添加|私|联系|私信 ~ 微|vx|wx|qq|v|微信|群|薇|企鹅|扣扣
私 聊|信
v 信
微 信|信号
扫 码 ~ 加|进
#13000000000-19999999999
$p$),
('wage-implausible', 'WAGE_IMPLAUSIBLE', 'HOLD',
 '《人力资源市场暂行条例》第二十四条（招聘信息应当真实）；远高于本市同类工种指导价的收入承诺是常见的招聘诈骗手法',
 'Interim Regulations on the Human Resources Market art. 24 (job information must be true); pay promises far above the city''s guidance are a common job-fraud pattern',
$p$
躺 赚
月 入|赚 ~ 过万|万
月 入|赚 ~ #20000-10000000
日 赚|入 ~ 千|万
日 赚|入 ~ #800-10000000
日 结 #1500-10000000
轻松|在家|动动手指 ~ 赚|入 ~ 万|千
$p$);
