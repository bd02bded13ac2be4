// The sidebar's script: runs actions on the server and renders results as text, never HTML.
interface ServerRunner {
  withSuccessHandler(handler: (value: unknown) => void): ServerRunner;
  withFailureHandler(handler: (error: Error) => void): ServerRunner;
  [functionName: string]: unknown;
}
declare const google: { script: { run: ServerRunner } };

function show(text: string, isError = false): void {
  const status = document.getElementById("status");
  if (!status) return;
  status.textContent = text;
  status.className = isError ? "error" : "";
}

function callServer(functionName: string, ...args: unknown[]): Promise<unknown> {
  return new Promise((resolve, reject) => {
    const runner = google.script.run.withSuccessHandler(resolve).withFailureHandler(reject);
    const method = runner[functionName];
    if (typeof method !== "function") return reject(new Error(`No server function ${functionName}`));
    method.apply(runner, args);
  });
}

async function listTabs(): Promise<void> {
  show("Reading tabs…");
  const response = (await callServer("apiListTabs")) as {
    ok: boolean;
    result?: { name: string; rows: number }[];
    message?: string;
  };
  if (!response.ok) return show(response.message ?? "Failed", true);
  const result = document.getElementById("result");
  if (!result) return;
  result.replaceChildren();
  for (const tab of response.result ?? []) {
    const line = document.createElement("div");
    line.textContent = `${tab.name}: ${tab.rows} rows`;
    result.append(line);
  }
  show("");
}

listTabs().catch((error: Error) => show(error.message, true));
