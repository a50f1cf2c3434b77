export const webZhCN = {
  site: {
    title: '山西省中学生英才计划',
    brand: '英才计划',
    brandRegion: '山西',
    skipToContent: '跳到正文',
    footer: '山西省中学生英才计划省级管理办公室',
  },
  home: {
    cycle: '{{year}}年度',
    heading: '山西省中学生英才计划',
    lead: '面向高一、高二学生：在大学导师的指导下，用一年时间走进实验室，做一项真正的科学研究。',
    about: {
      heading: '计划简介',
      national:
        '中学生英才计划由中国科协、教育部共同组织实施，选拔对科学研究有浓厚兴趣、学有余力的中学生，走进大学，在科学家身边开展科研实践，培养创新精神和科学素养。',
      provincial:
        '山西省中学生英才计划是这一计划的省级项目，由设在山西省科学技术馆的省级管理办公室与实施高校共同组织。入选学生用一年时间跟随大学导师及其培养团队学习，通过文献阅读、学术讨论、专题讲座和课题研究，体验完整的科研过程。',
      universities: '本年度实施高校：{{names}}',
    },
    disciplines: {
      heading: '招生学科',
      intro: '本年度在以下学科招收学生，每名学生选择其中一个学科申请：',
    },
    eligibility: {
      heading: '谁可以申请',
      school: '本年度参与学校的高一或高二在校学生。',
      districts: '参与学校为以下地区经批准参加本年度计划的中学：{{names}}。',
      rank: '同时满足以下任一条件：所申请学科对应科目的成绩排名位于本年级前{{subject}}%，或总成绩排名位于本年级前{{overall}}%。',
      oneApplication: '每名学生每年度只能提交一份申请。',
    },
    timeline: {
      heading: '年度日程',
    },
    selection: {
      heading: '如何选拔',
      steps: {
        recommend: '学校推荐：学生在线报名后，由所在学校审核并推荐给省级管理办公室。',
        review: '资料审核：省级管理办公室逐份审核申请材料是否符合条件。',
        assessment: '潜质测评：通过审核的学生参加全国管理办公室组织的线上潜质测评。',
        cutoff: '分数线：省级管理办公室与实施高校按学科划定分数线，达到分数线的学生进入面试。',
        interview: '面试：按学科组织面试，面试人数与录取人数之比不低于{{ratio}}:1。',
        admission: '录取：本年度录取学生不少于{{count}}名。',
      },
      training: '入选后，学生在一年的培养期内参加不少于{{count}}次培养活动，并接受导师面对面指导。',
    },
    contact: {
      heading: '联系我们',
      office: '山西省中学生英才计划省级管理办公室（设在山西省科学技术馆）',
      addressLabel: '地址',
      address: '【待补充：办公地址】',
      phoneLabel: '咨询电话',
      phone: '【待补充：咨询电话】',
      emailLabel: '电子邮箱',
      email: '【待补充：电子邮箱】',
      hoursLabel: '办公时间',
      hours: '【待补充：办公时间】',
    },
    noCycle: '本年度的招生信息尚未发布，请稍后再来查看。',
  },
  notFound: {
    heading: '页面不存在',
    body: '你访问的页面不存在或已移动。',
    home: '返回首页',
  },
};

export type WebStrings = typeof webZhCN;
