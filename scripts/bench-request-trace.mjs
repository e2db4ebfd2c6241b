// Preloaded into `next start` by `npm run bench` (node --import, ROSTER_REQUEST_TRACE=file): appends
// one JSON line per HTTP request the process served, from the moment its headers were parsed to the
// moment its last byte was handed to the socket, on the same clock as lib/db/sql-trace.ts. That is
// the server's own time for the request, without the bench client's part of the round trip.
import { createWriteStream } from "node:fs";
import http from "node:http";

const file = process.env.ROSTER_REQUEST_TRACE;
if (file) {
  const out = createWriteStream(file, { flags: "a" });
  const now = () => performance.timeOrigin + performance.now();
  const emit = http.Server.prototype.emit;
  http.Server.prototype.emit = function (event, request, response) {
    if (event === "request") {
      const start = now();
      response.once("finish", () => out.write(`${JSON.stringify({ start, end: now(), method: request.method, url: request.url })}\n`));
    }
    return emit.apply(this, arguments);
  };
}
