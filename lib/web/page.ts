/** The playground's HTML (one page; the script is the esbuild bundle served as /app.js). */

export const PLAYGROUND_HTML = `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>mathgym playground</title>
<style>
  body { font: 14px/1.4 system-ui, sans-serif; margin: 0; color: #222; background: #f6f6f4; }
  header { padding: 10px 16px; background: #243447; color: #fff; }
  header h1 { font-size: 18px; margin: 0 0 4px; }
  #backend { font-family: ui-monospace, monospace; font-size: 12px; opacity: .9; }
  #errors { background: #fde2e1; color: #8a1111; border-bottom: 2px solid #c0392b; padding: 8px 16px; }
  main { display: grid; grid-template-columns: minmax(0, 1fr) minmax(0, 1fr); gap: 12px; padding: 12px; }
  @media (max-width: 800px) { main { grid-template-columns: minmax(0, 1fr); } }
  section { background: #fff; border: 1px solid #ddd; border-radius: 6px; padding: 10px 12px; }
  h2 { font-size: 15px; margin: 0 0 8px; }
  pre { background: #f3f3f3; padding: 6px; white-space: pre-wrap; word-break: break-word; max-height: 220px; overflow: auto; margin: 6px 0; }
  label { display: inline-block; margin: 2px 8px 2px 0; }
  input[type=number] { width: 70px; }
  select, input[type=text] { max-width: 100%; }
  canvas { width: 100%; height: auto; border: 1px solid #eee; }
  #train-status { font-family: ui-monospace, monospace; font-size: 12px; margin-top: 6px; }
  button { margin: 2px 4px 2px 0; }
</style>
</head>
<body>
<header><h1>mathgym playground</h1><div id="backend">loading…</div></header>
<div id="errors" role="alert" hidden></div>
<main>
  <section id="play">
    <h2>Play an environment</h2>
    <label>env <select id="env"></select></label>
    <label>seed <input id="seed" type="number" value="0"></label>
    <button id="reset" type="button">Reset</button>
    <pre id="observation"></pre>
    <form id="play-form"><label>action <input id="action" type="text" size="24" autocomplete="off"></label><button type="submit">Step</button></form>
    <pre id="step-result"></pre>
    <div id="verdict-reason"></div>
    <h2>Verifier</h2>
    <form id="verify-form">
      <label>gold <input id="gold" type="text" value="\\frac{1}{2}" size="12"></label>
      <label>answer <input id="pred" type="text" value="The answer is \\boxed{0.5}" size="24"></label>
      <button type="submit">Verify</button>
    </form>
    <pre id="verify-result"></pre>
  </section>
  <section id="train">
    <h2>Train the default policy from random init</h2>
    <div>
      <label>seed <input id="train-seed" type="number"></label>
      <label>cold-start steps <input id="sft-steps" type="number"></label>
      <label>GRPO updates <input id="updates" type="number"></label>
      <label>eval every <input id="eval-every" type="number"></label>
      <label>test problems <input id="eval-episodes" type="number"></label>
    </div>
    <button id="train-start" type="button">Train</button>
    <button id="train-pause" type="button">Pause</button>
    <button id="train-download" type="button">Download checkpoint</button>
    <canvas id="curve" width="640" height="300"></canvas>
    <div id="train-status"></div>
  </section>
</main>
<script type="module" src="/app.js"></script>
</body>
</html>
`;
