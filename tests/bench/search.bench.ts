/**
 * Search as you type over the `large` forum's 20,000 clients: the time of each keystroke's
 * search (median and 95th percentile; target under 50 ms at the 95th), against a naive
 * scan of every client's folded name measured in the same run.
 */
import { ClientSearchIndex, foldForSearch } from '../../shared/frontdesk/client-search';
import { generateForum } from '../../shared/demo/generate';
import { ms, percentile, time } from './measure';

const { clients } = generateForum({ seed: 1, scale: 'large' });
const built = time(() => new ClientSearchIndex(clients));
const index = built.result;

// What a volunteer types: Latin names without accents, native scripts, phone, reference.
const pick = (i: number) => clients[Math.floor((clients.length * i) / 7)]!;
const typed = [
  (pick(1).nameLatin ?? pick(1).name).toLowerCase(),
  pick(2).name,
  foldForSearch(pick(3).nameLatin ?? pick(3).name).split(' ').reverse().join(' '),
  pick(4).phone?.replace(/\s/g, '').slice(-6) ?? '900123',
  pick(5).ref,
  'amira',
  'wisn',
];

const indexed: number[] = [];
const naive: number[] = [];
const folded = clients.map((c) => `${foldForSearch(c.name)} ${foldForSearch(c.nameLatin ?? '')}`);
for (const text of typed) {
  for (let n = 1; n <= text.length; n += 1) {
    const query = text.slice(0, n);
    indexed.push(time(() => index.search(query, 200)).ms);
    const q = foldForSearch(query);
    naive.push(time(() => folded.filter((name) => name.includes(q)).length).ms);
  }
}

console.log(`clients: ${clients.length.toLocaleString('en-GB')}; index built in ${ms(built.ms)}`);
console.log(`keystrokes measured: ${indexed.length}`);
console.log(`search per keystroke: median ${ms(percentile(indexed, 50))}, 95th ${ms(percentile(indexed, 95))}, max ${ms(Math.max(...indexed))} (target: 95th under 50 ms)`);
console.log(`naive scan (reference): median ${ms(percentile(naive, 50))}, 95th ${ms(percentile(naive, 95))}`);
console.log(`ratio at the 95th, index ÷ naive: ${(percentile(indexed, 95) / percentile(naive, 95)).toFixed(2)}×`);
