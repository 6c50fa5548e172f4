// Renders /openapi.json as a list of routes. Everything from the spec is inserted as text.
(async function () {
  const box = document.getElementById('routes');
  const spec = await (await fetch('/openapi.json')).json();
  box.textContent = '';
  for (const [path, ops] of Object.entries(spec.paths)) {
    for (const [method, op] of Object.entries(ops)) {
      const div = document.createElement('div');
      div.className = 'route';
      const m = document.createElement('span');
      m.className = 'method ' + method;
      m.textContent = method.toUpperCase();
      const p = document.createElement('span');
      p.className = 'path';
      p.textContent = ' ' + path;
      const summary = document.createElement('p');
      summary.textContent = op.summary + (op.description ? ' — ' + op.description : '');
      div.append(m, p, summary);
      if (op.parameters && op.parameters.length) {
        const t = document.createElement('table');
        const head = t.insertRow();
        for (const h of ['parameter', 'in', 'type', 'description']) {
          const th = document.createElement('th');
          th.textContent = h;
          head.appendChild(th);
        }
        for (const prm of op.parameters) {
          const r = t.insertRow();
          for (const v of [prm.name + (prm.required ? ' *' : ''), prm.in, (prm.schema && prm.schema.type) || '', prm.description || '']) {
            r.insertCell().textContent = v;
          }
        }
        div.appendChild(t);
      }
      const codes = Object.entries(op.responses || {}).map(([c, r]) => c + ' ' + r.description).join(' · ');
      const resp = document.createElement('p');
      resp.textContent = 'Responses: ' + codes;
      div.appendChild(resp);
      box.appendChild(div);
    }
  }
})();
