// Every number a news text claims, as data: kind, value, unit or currency, hedge.
// Run: npm run build && node examples/numbers.mjs
import { extractNumbers } from 'presslens';

const text = `Unemployment fell by half a percentage point to 5.2% in March, the lowest since the 1990s.
The government will spend $3.4bn a year on the scheme, roughly two-thirds of it on training.
Between 3 and 7 per cent of firms, about one in four in the north, cut jobs; the 312 km rail link
opened on 3 March 2026, and more than 40,000 passengers used it in its first week.`;

const show = (value) => value.toLocaleString('en', { maximumFractionDigits: 4, useGrouping: false });
const date = (n) => [n.year, n.month, n.day].filter((part) => part !== undefined).map((part) => String(part).padStart(2, '0')).join('-');
for (const n of extractNumbers(text)) {
  const value = n.kind === 'range' ? `${show(n.min)}–${show(n.max)}` : n.kind === 'date' ? date(n) : show(n.value);
  const extra = [n.currency, n.unit, n.modifier && `hedge: ${n.modifier}`, n.per && `per ${n.per}`, n.direction].filter(Boolean).join(', ');
  console.log(`${n.kind.padEnd(17)} ${JSON.stringify(n.text).padEnd(34)} ${String(value).padEnd(12)} ${extra}`);
}
