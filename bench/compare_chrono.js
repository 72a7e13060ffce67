// compare_chrono: chrono-node's dates for a text file, for bench/run's "compare" row (BENCH_COMPARE):
// chrono.parse over the whole text against a fixed reference date, as a user of the library runs
// it; prints the number of results and the parse time. chrono-node is not a dependency of
// dateline: install it anywhere (npm install chrono-node) and point NODE_PATH at its node_modules.
'use strict';
const fs = require('fs');
const chrono = require('chrono-node');

const text = fs.readFileSync(process.argv[2], 'utf8');
const t0 = process.hrtime.bigint();
const found = chrono.parse(text, new Date(2025, 10, 8));
const t1 = process.hrtime.bigint();
console.log(`results=${found.length} parse_seconds=${Number(t1 - t0) / 1e9}`);
