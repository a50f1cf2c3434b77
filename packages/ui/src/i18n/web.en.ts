import type { WebStrings } from './web.zh-CN';

export const webEn: WebStrings = {
  site: {
    title: 'Shanxi Young Talent Programme',
    brand: 'Young Talent',
    brandRegion: 'Shanxi',
    skipToContent: 'Skip to content',
    footer: 'Provincial management office of the Shanxi Young Talent Programme',
  },
  home: {
    cycle: '{{year}} cycle',
    heading: 'Shanxi Young Talent Programme',
    lead: 'For grade 10 and 11 students: spend a year in a university lab and do real research with a scientist as your mentor.',
    about: {
      heading: 'About the programme',
      national:
        'The Young Talent Programme for secondary school students (中学生英才计划) is run by the China Association for Science and Technology and the Ministry of Education. It brings secondary school students with a strong interest in science into universities to do research alongside scientists.',
      provincial:
        'The Shanxi programme is its provincial edition, organised by the provincial management office at the Shanxi Science and Technology Museum together with the implementing universities. Admitted students spend a year with a university mentor and the mentor’s team: reading, academic discussion, lectures and a research project of their own.',
      universities: 'Implementing universities this cycle: {{names}}',
    },
    disciplines: {
      heading: 'Disciplines',
      intro: 'This cycle admits students in these disciplines; each student applies for one:',
    },
    eligibility: {
      heading: 'Who can apply',
      school: 'Students in grade 10 or 11 at a participating school of this cycle.',
      districts: 'Participating schools are the secondary schools approved for this cycle in: {{names}}.',
      rank: 'And either your rank in the subject of your chosen discipline is in the top {{subject}}% of your grade, or your overall rank is in the top {{overall}}% of your grade.',
      oneApplication: 'Each student may submit one application per cycle.',
    },
    timeline: {
      heading: 'Schedule',
    },
    selection: {
      heading: 'How selection works',
      steps: {
        recommend: 'School recommendation: you register online, then your school reviews and recommends your application to the provincial office.',
        review: 'Conformity review: the provincial office checks every application against the requirements.',
        assessment: 'Potential assessment: applicants who pass take the national online potential assessment.',
        cutoff: 'Cut-off: the office and the university set a cut-off score per discipline; those at or above it are invited to interview.',
        interview: 'Interviews: held by discipline, with interviewees and admitted students at a ratio of at least {{ratio}}:1.',
        admission: 'Admission: at least {{count}} students are admitted this cycle.',
      },
      training: 'Once admitted, you take part in at least {{count}} training sessions during the year, with face-to-face guidance from your mentor.',
    },
    contact: {
      heading: 'Contact',
      office: 'Provincial management office of the Shanxi Young Talent Programme (at the Shanxi Science and Technology Museum)',
      addressLabel: 'Address',
      address: '[To be provided: office address]',
      phoneLabel: 'Phone',
      phone: '[To be provided: enquiry phone number]',
      emailLabel: 'Email',
      email: '[To be provided: email address]',
      hoursLabel: 'Office hours',
      hours: '[To be provided: office hours]',
    },
    noCycle: 'Details of this cycle have not been published yet. Please check again later.',
  },
  notFound: {
    heading: 'Page not found',
    body: 'The page you asked for does not exist or has moved.',
    home: 'Back to the home page',
  },
};
