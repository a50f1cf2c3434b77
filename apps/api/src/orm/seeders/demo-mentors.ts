/** Demo mentors of the 2026 Shanxi cycle: fictional people, marked （演示） so no one mistakes them for real staff. */
export interface DemoMentor {
  name: string;
  disciplineCode: string;
  title: string;
  honours: string[];
  researchFields: string[];
  profile: string;
}

export const DEMO_MENTOR_NAME = '陈教授（演示）';

export const DEMO_MENTORS: DemoMentor[] = [
  { name: DEMO_MENTOR_NAME, disciplineCode: 'physics', title: '教授', honours: ['changjiang_scholar', 'top_students_programme_mentor'], researchFields: ['凝聚态物理', '超导材料'], profile: '长期从事低温物理实验研究，带领学生在实验室里亲手测量超导转变，喜欢和中学生讨论“为什么”。' },
  { name: '李光远（演示）', disciplineCode: 'physics', title: '教授', honours: ['nsfc_distinguished_young'], researchFields: ['量子光学', '量子信息'], profile: '研究光与原子的相互作用，实验室搭建了冷原子与单光子实验平台。' },
  { name: '郭晓雯（演示）', disciplineCode: 'physics', title: '副教授', honours: ['provincial_teaching_master'], researchFields: ['天体物理', '引力波数据分析'], profile: '用计算机分析天文观测数据，指导学生从公开数据中寻找变星。' },
  { name: '周振华（演示）', disciplineCode: 'physics', title: '研究员', honours: [], researchFields: ['激光光谱', '精密测量'], profile: '专注激光光谱与精密测量，擅长带学生设计小型光学实验。' },
  { name: '王立新（演示）', disciplineCode: 'mathematics', title: '教授', honours: ['national_teaching_master'], researchFields: ['数论', '代数几何'], profile: '讲授数论多年，喜欢用趣味问题引导学生走进证明的世界。' },
  { name: '赵静怡（演示）', disciplineCode: 'mathematics', title: '教授', honours: ['top_students_programme_mentor'], researchFields: ['概率论', '随机过程'], profile: '研究随机现象背后的规律，带学生用模拟实验理解概率。' },
  { name: '孙浩然（演示）', disciplineCode: 'mathematics', title: '副教授', honours: [], researchFields: ['偏微分方程', '数学建模'], profile: '把数学模型用于传染病与交通问题，指导过多届数学建模竞赛。' },
  { name: '刘思远（演示）', disciplineCode: 'computer_science', title: '教授', honours: ['distinguished_expert'], researchFields: ['人工智能', '自然语言处理'], profile: '研究让计算机理解中文的方法，带学生从一个小型语言模型做起。' },
  { name: '马俊杰（演示）', disciplineCode: 'computer_science', title: '教授', honours: ['provincial_teaching_master'], researchFields: ['计算机视觉', '图像处理'], profile: '研究图像识别在文物保护中的应用，学生可参与山西古建筑图像项目。' },
  { name: '杨雪（演示）', disciplineCode: 'computer_science', title: '副教授', honours: [], researchFields: ['算法设计', '量子计算'], profile: '研究算法与量子计算的交叉问题，擅长用编程竞赛题讲清算法思想。' },
  { name: '黄志强（演示）', disciplineCode: 'computer_science', title: '研究员', honours: ['top_students_programme_mentor'], researchFields: ['网络安全', '密码学'], profile: '研究密码算法与网络安全，带学生动手分析真实的安全漏洞案例。' },
  { name: '吴海燕（演示）', disciplineCode: 'chemistry', title: '教授', honours: ['academician'], researchFields: ['煤化学', '催化化学'], profile: '致力于煤炭清洁利用与催化转化，实验室与山西能源企业长期合作。' },
  { name: '徐明轩（演示）', disciplineCode: 'chemistry', title: '教授', honours: ['changjiang_scholar'], researchFields: ['有机合成', '药物化学'], profile: '研究新型药物分子的合成路线，带学生完成从设计到表征的完整实验。' },
  { name: '胡晓琳（演示）', disciplineCode: 'chemistry', title: '副教授', honours: [], researchFields: ['材料化学', '纳米材料'], profile: '研究纳米材料的可控制备，喜欢用显微镜照片激发学生的好奇心。' },
  { name: '林嘉怡（演示）', disciplineCode: 'biology', title: '教授', honours: ['nsfc_distinguished_young'], researchFields: ['分子生物学', '基因编辑'], profile: '研究基因编辑技术在作物改良中的应用，实验室培育了多个小米新品系。' },
  { name: '何建国（演示）', disciplineCode: 'biology', title: '教授', honours: ['provincial_teaching_master'], researchFields: ['生态学', '黄土高原植被恢复'], profile: '长期在黄土高原开展野外调查，带学生走进田野记录植物群落。' },
  { name: '高雅琴（演示）', disciplineCode: 'biology', title: '副教授', honours: [], researchFields: ['神经生物学', '动物行为'], profile: '研究斑马鱼的学习与记忆，学生可参与行为实验的设计与分析。' },
  { name: '罗文博（演示）', disciplineCode: 'biology', title: '研究员', honours: ['top_students_programme_mentor'], researchFields: ['微生物学', '合成生物学'], profile: '研究微生物如何把废弃物变成有用的材料，带学生动手改造大肠杆菌。' },
];
