// `npm run -s analyse -- FILE`: see analyse.ts.
import { runAnalyse } from "./analyse";

process.exitCode = await runAnalyse(process.argv.slice(2), {
  stdout: (chunk) => process.stdout.write(chunk),
  stderr: (chunk) => process.stderr.write(chunk),
});
