// scaletui serve's page: xterm.js, connected to one app process over a websocket
// (textual-serve's protocol: ["stdin", text], ["resize", {width, height}],
// ["focus"], ["blur"] up; the app's bytes down). The font is loaded before the
// terminal draws; the terminal has the focus as soon as it is on the page.
"use strict";

const FONT = '"DejaVu Sans Mono"';

function socketUrl(cols, rows) {
  // Relative to the page, so that a proxy serving it under a path works too.
  const url = new URL("ws", window.location.href);
  url.protocol = url.protocol === "https:" ? "wss:" : "ws:";
  const token = new URLSearchParams(window.location.search).get("token") || "";
  url.search = new URLSearchParams({ token, width: cols, height: rows }).toString();
  return url.toString();
}

function say(text) {
  document.getElementById("status").textContent = text;
}

async function start() {
  const size = 16;
  await Promise.all([
    document.fonts.load(`${size}px ${FONT}`, "في"),
    document.fonts.load(`bold ${size}px ${FONT}`, "في"),
  ]);
  const terminal = new Terminal({
    allowProposedApi: true, // the Unicode 11 widths
    fontFamily: `${FONT}, monospace`,
    fontSize: size,
    scrollback: 0,
  });
  const fit = new FitAddon.FitAddon();
  terminal.loadAddon(fit);
  terminal.loadAddon(new Unicode11Addon.Unicode11Addon());
  terminal.unicode.activeVersion = "11";
  const element = document.getElementById("terminal");
  terminal.open(element);
  fit.fit();
  terminal.focus(); // keys typed before any click reach the app
  const page = { terminal, firstByte: false, closed: false };
  window.scaletui = page; // (the browser test reads the terminal's rows here)

  const socket = new WebSocket(socketUrl(terminal.cols, terminal.rows));
  socket.binaryType = "arraybuffer";
  const send = (message) => {
    if (socket.readyState === WebSocket.OPEN) socket.send(JSON.stringify(message));
  };
  const sendSize = () => send(["resize", { width: terminal.cols, height: terminal.rows }]);
  socket.addEventListener("open", () => {
    sendSize();
    terminal.focus();
  });
  socket.addEventListener("message", (event) => {
    if (typeof event.data === "string") return; // (downloads and links: not used)
    const bytes = new Uint8Array(event.data);
    terminal.write(bytes);
    if (!page.firstByte && bytes.length > 10) {
      page.firstByte = true;
      document.body.classList.add("-first-byte");
    }
  });
  socket.addEventListener("close", () => {
    page.closed = true;
    say("Session ended. Reload the page to start again.");
    document.body.classList.add("-closed");
  });
  terminal.onData((data) => send(["stdin", data]));
  terminal.onResize(sendSize);
  terminal.textarea.addEventListener("focus", () => send(["focus"]));
  terminal.textarea.addEventListener("blur", () => send(["blur"]));
  window.addEventListener("resize", () => fit.fit());
}

window.addEventListener("load", () => {
  start().catch((error) => say(`The page could not start: ${error}`));
});
