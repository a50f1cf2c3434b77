import { performance } from 'node:perf_hooks';
import { renderAppointmentLetter, type AppointmentLetter } from '../src/modules/mentors/appointment-letter.js';

/**
 * `npm run bench -w @yingcai/api` (second part): one appointment letter (导师聘书), the first in a
 * process (reads the fonts) and then warm, with its size. Prints figures; asserts nothing.
 */
const LETTER: AppointmentLetter = {
  letterNumber: 'SX-2026-0007', mentorName: '陈晓明', universityName: '山西大学', disciplineName: '物理学',
  cycleYear: 2026, issuedOn: '2026-11-25', issuer: '山西省英才计划工作办公室',
};
const RUNS = 20;

const timed = async () => {
  const start = performance.now();
  const pdf = await renderAppointmentLetter(LETTER);
  return { ms: performance.now() - start, bytes: pdf.length };
};

const first = await timed();
const warm: number[] = [];
for (let run = 0; run < RUNS; run++) warm.push((await timed()).ms);
warm.sort((a, b) => a - b);
const median = warm[Math.floor(RUNS / 2)]!;
console.log(
  [
    '',
    `appointment letter (pdfmake, Noto Sans SC subset)`,
    `first in a process (fonts read) ${first.ms.toFixed(0).padStart(6)} ms`,
    `warm, median of ${RUNS}             ${median.toFixed(0).padStart(6)} ms   (max ${warm.at(-1)!.toFixed(0)} ms)`,
    `size                            ${(first.bytes / 1024).toFixed(1).padStart(6)} KiB`,
  ].join('\n'),
);
