// Waits (up to 30 s) until a URL answers, so tests never race the server.
const url = process.argv[2];
const deadline = Date.now() + 30_000;
for (;;) {
  try {
    const res = await fetch(url);
    if (res.status < 500) process.exit(0);
  } catch { /* not up yet */ }
  if (Date.now() > deadline) {
    console.error(`wait-for: ${url} did not answer within 30 s`);
    process.exit(1);
  }
  await new Promise((r) => setTimeout(r, 200));
}
