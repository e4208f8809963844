// Proof that the server works outside VS Code: headless Neovim (Debian's `neovim`, 0.7+) starts
// `dist/server.js --stdio`, attaches it to a draft, and reads back its diagnostics and a hover.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { DRAFT, positionOf } from './drafts';
import { SERVER, assertBuilt, makeWorkspace, removeWorkspace } from './harness';

const nvim = spawnSync('nvim', ['--version'], { encoding: 'utf8' });
const available = nvim.status === 0;
const inCI = !!process.env.CI;
if (!available && !inCI) {
  console.warn('\n*** SKIPPING the Neovim check: nvim is not installed (apt-get install -y neovim). CI installs and runs it. ***\n');
}

// Neovim 0.7 has no vim.lsp.start and no `nvim -l`, so the script uses start_client and runs via luafile.
const SCRIPT = String.raw`
local result = { diagnostics = {}, hover = vim.NIL, errors = {} }
local function finish()
  local f = io.open(os.getenv('FC_OUT'), 'w')
  f:write(vim.fn.json_encode(result))
  f:close()
  vim.cmd('qa!')
end
local ok, err = pcall(function()
  local ws = os.getenv('FC_WS')
  local client_id = vim.lsp.start_client({
    cmd = { os.getenv('FC_NODE'), os.getenv('FC_SERVER'), '--stdio' },
    root_dir = ws,
    settings = { factcheck = { run = 'onSave' } },
    on_error = function(code) table.insert(result.errors, 'rpc error ' .. tostring(code)) end,
  })
  vim.cmd('edit ' .. vim.fn.fnameescape(os.getenv('FC_DRAFT')))
  local bufnr = vim.api.nvim_get_current_buf()
  vim.bo[bufnr].filetype = 'markdown'
  vim.lsp.buf_attach_client(bufnr, client_id)
  if not vim.wait(30000, function() return #vim.diagnostic.get(bufnr) > 0 end, 50) then
    table.insert(result.errors, 'no diagnostics within 30 s')
  end
  for _, d in ipairs(vim.diagnostic.get(bufnr)) do
    table.insert(result.diagnostics, {
      lnum = d.lnum, col = d.col, end_col = d.end_col, severity = d.severity,
      message = d.message, code = d.code, source = d.source,
    })
  end
  local params = {
    textDocument = { uri = vim.uri_from_bufnr(bufnr) },
    position = { line = tonumber(os.getenv('FC_LINE')), character = tonumber(os.getenv('FC_CHAR')) },
  }
  local responses = vim.lsp.buf_request_sync(bufnr, 'textDocument/hover', params, 10000)
  for _, response in pairs(responses or {}) do
    if response.result then result.hover = response.result.contents.value end
    if response.err then table.insert(result.errors, vim.inspect(response.err)) end
  end
  vim.lsp.stop_client(client_id)
end)
if not ok then table.insert(result.errors, tostring(err)) end
finish()
`;

test('Neovim attaches the stdio server to a draft and shows its diagnostics and hover', { skip: !available && !inCI }, () => {
  assert.ok(available, 'nvim is required in CI: .ci/run installs Debian\'s neovim');
  assertBuilt();
  const ws = makeWorkspace({ 'drafts/draft.md': DRAFT });
  try {
    const home = join(ws, '.home');
    mkdirSync(home);
    const script = join(home, 'check.lua');
    writeFileSync(script, SCRIPT);
    const out = join(home, 'result.json');
    const at = positionOf(DRAFT, '600');
    const run = spawnSync('nvim', ['--headless', '--clean', '-u', 'NONE', '-c', `luafile ${script}`], {
      encoding: 'utf8',
      timeout: 90_000,
      env: {
        ...process.env,
        HOME: home,
        XDG_CONFIG_HOME: join(home, 'config'),
        XDG_DATA_HOME: join(home, 'data'),
        XDG_STATE_HOME: join(home, 'state'),
        XDG_CACHE_HOME: join(home, 'cache'),
        FC_WS: ws,
        FC_NODE: process.execPath,
        FC_SERVER: SERVER,
        FC_DRAFT: join(ws, 'drafts/draft.md'),
        FC_OUT: out,
        FC_LINE: String(at.line),
        FC_CHAR: String(at.character + 1),
      },
    });
    assert.equal(run.status, 0, `nvim exited with ${run.status} ${run.signal ?? ''}\n${run.stdout}\n${run.stderr}`);
    const result = JSON.parse(readFileSync(out, 'utf8')) as {
      diagnostics: Array<{ lnum: number; col: number; end_col: number; severity: number; message: string; code: string; source: string }>;
      hover: string | null;
      errors: string[];
    };
    assert.deepEqual(result.errors, []);
    const sorted = [...result.diagnostics].sort((a, b) => a.lnum - b.lnum || a.col - b.col);
    assert.deepEqual(
      sorted.map((d) => [d.code, DRAFT.split('\n')[d.lnum]!.slice(d.col, d.end_col), d.severity, d.source]),
      [
        ['contradicted-number', '600', 1, 'factcheck'],
        ['misspelled-name', 'Igor Simich', 1, 'factcheck'],
        ['unsupported-name', 'Marko Petrovic', 2, 'factcheck'],
      ],
    );
    assert.match(sorted[0]!.message, /sources say 700 more troops/);
    assert.match(result.hover ?? '', /Fact Check: Contradicted/);
    assert.match(result.hover ?? '', /NATO said it would send 700 more troops to Kosovo/);
  } finally {
    removeWorkspace(ws);
  }
});
