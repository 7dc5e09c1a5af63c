-- Provincial-level divisions (GB/T 2260) and the prefecture/county divisions of the pilot cities.
insert into province (code, name_zh, name_en) values
  ('11', '北京市', 'Beijing'), ('12', '天津市', 'Tianjin'), ('13', '河北省', 'Hebei'), ('14', '山西省', 'Shanxi'),
  ('15', '内蒙古自治区', 'Inner Mongolia'), ('21', '辽宁省', 'Liaoning'), ('22', '吉林省', 'Jilin'),
  ('23', '黑龙江省', 'Heilongjiang'), ('31', '上海市', 'Shanghai'), ('32', '江苏省', 'Jiangsu'), ('33', '浙江省', 'Zhejiang'),
  ('34', '安徽省', 'Anhui'), ('35', '福建省', 'Fujian'), ('36', '江西省', 'Jiangxi'), ('37', '山东省', 'Shandong'),
  ('41', '河南省', 'Henan'), ('42', '湖北省', 'Hubei'), ('43', '湖南省', 'Hunan'), ('44', '广东省', 'Guangdong'),
  ('45', '广西壮族自治区', 'Guangxi'), ('46', '海南省', 'Hainan'), ('50', '重庆市', 'Chongqing'), ('51', '四川省', 'Sichuan'),
  ('52', '贵州省', 'Guizhou'), ('53', '云南省', 'Yunnan'), ('54', '西藏自治区', 'Tibet'), ('61', '陕西省', 'Shaanxi'),
  ('62', '甘肃省', 'Gansu'), ('63', '青海省', 'Qinghai'), ('64', '宁夏回族自治区', 'Ningxia'),
  ('65', '新疆维吾尔自治区', 'Xinjiang'), ('71', '台湾省', 'Taiwan'), ('81', '香港特别行政区', 'Hong Kong'),
  ('82', '澳门特别行政区', 'Macao');

insert into region (code, valid_from, name_zh, name_en, level, parent_code)
select code || '0000', date '1980-01-01', name_zh, name_en, 'PROVINCE', null from province;

insert into region (code, valid_from, name_zh, name_en, level, parent_code) values
  ('321300', date '1996-07-01', '宿迁市', 'Suqian', 'CITY', '320000'),
  ('321302', date '1996-07-01', '宿城区', 'Sucheng', 'COUNTY', '321300'),
  ('321311', date '2004-01-01', '宿豫区', 'Suyu', 'COUNTY', '321300'),
  ('321322', date '1996-07-01', '沭阳县', 'Shuyang', 'COUNTY', '321300'),
  ('321323', date '1996-07-01', '泗阳县', 'Siyang', 'COUNTY', '321300'),
  ('321324', date '1996-07-01', '泗洪县', 'Sihong', 'COUNTY', '321300'),
  ('320700', date '1983-03-01', '连云港市', 'Lianyungang', 'CITY', '320000'),
  ('320703', date '1983-03-01', '连云区', 'Lianyun', 'COUNTY', '320700'),
  ('320706', date '2014-05-01', '海州区', 'Haizhou', 'COUNTY', '320700'),
  ('320707', date '2014-05-01', '赣榆区', 'Ganyu', 'COUNTY', '320700'),
  ('320722', date '1983-03-01', '东海县', 'Donghai', 'COUNTY', '320700'),
  ('320723', date '1983-03-01', '灌云县', 'Guanyun', 'COUNTY', '320700'),
  ('320724', date '1996-07-01', '灌南县', 'Guannan', 'COUNTY', '320700'),
  ('340400', date '1980-01-01', '淮南市', 'Huainan', 'CITY', '340000'),
  ('340402', date '1980-01-01', '大通区', 'Datong', 'COUNTY', '340400'),
  ('340403', date '1980-01-01', '田家庵区', 'Tianjia''an', 'COUNTY', '340400'),
  ('340404', date '1980-01-01', '谢家集区', 'Xiejiaji', 'COUNTY', '340400'),
  ('340405', date '1980-01-01', '八公山区', 'Bagongshan', 'COUNTY', '340400'),
  ('340406', date '1980-01-01', '潘集区', 'Panji', 'COUNTY', '340400'),
  ('340421', date '1980-01-01', '凤台县', 'Fengtai', 'COUNTY', '340400'),
  ('340422', date '2016-01-01', '寿县', 'Shou', 'COUNTY', '340400'),
  ('330700', date '1985-05-01', '金华市', 'Jinhua', 'CITY', '330000'),
  ('330702', date '1985-05-01', '婺城区', 'Wucheng', 'COUNTY', '330700');

-- History: before 2014 Lianyungang's Xinpu and Haizhou districts were separate (merged into the new 320706).
insert into region (code, valid_from, valid_to, name_zh, name_en, level, parent_code, replaced_by) values
  ('320705', date '1983-03-01', date '2014-05-01', '新浦区', 'Xinpu', 'COUNTY', '320700', '320706'),
  ('320721', date '1983-03-01', date '2014-05-01', '赣榆县', 'Ganyu County', 'COUNTY', '320700', '320707');
