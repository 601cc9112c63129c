// Small helpers for figures: percentiles, medians, formatting.

export function percentile(values, p) {
  if (!values.length) return NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const rank = Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1));
  return sorted[rank];
}

export const median = values => percentile(values, 50);

export function ms(value) {
  return Number.isFinite(value) ? `${value < 10 ? value.toFixed(1) : Math.round(value)} ms` : '—';
}

export function bytes(value) {
  if (!Number.isFinite(value)) return '—';
  if (value >= 1024 * 1024) return `${(value / 1024 / 1024).toFixed(1)} MB`;
  if (value >= 1024) return `${(value / 1024).toFixed(0)} KB`;
  return `${Math.round(value)} B`;
}

/** Refuses anything but this machine: the load tools never aim at someone else's server. */
export function loopbackOnly(base) {
  const host = new URL(base).hostname;
  if (!['127.0.0.1', 'localhost', '::1', '[::1]'].includes(host)) {
    console.error(`refusing ${base}: these tools run against this machine only (127.0.0.1 / localhost)`);
    process.exit(2);
  }
  return base;
}

export function args(defaults) {
  const out = { ...defaults };
  const argv = process.argv.slice(2);
  for (let i = 0; i < argv.length; i++) {
    const m = /^--([\w-]+)(?:=(.*))?$/.exec(argv[i]);
    if (!m) { out._ = [...(out._ ?? []), argv[i]]; continue; }
    const key = m[1].replace(/-(\w)/g, (_, c) => c.toUpperCase());
    const value = m[2] ?? (argv[i + 1] && !argv[i + 1].startsWith('--') ? argv[++i] : 'true');
    out[key] = typeof defaults[key] === 'number' ? Number(value) : value;
  }
  return out;
}
