// The selection of a chart as ECharts styles: the data items whose `key` is selected get a border, the
// others fade. Pure (a new option, the given one untouched), so that it is tested on its own.

const FADED = 0.35;
const BORDER = { borderColor: '#111', borderWidth: 2 };

/** The option with the items of `selected` (their keys) standing out; with none selected, as it is. */
export function withSelection(option, selected) {
  if (!selected.length || !Array.isArray(option.series)) return option;
  const chosen = new Set(selected);
  const series = option.series.map((s) => {
    if (!Array.isArray(s.data)) return s;
    const data = s.data.map((item) => {
      if (item === null || typeof item !== 'object' || item.key === undefined) return item;
      const style = chosen.has(item.key) ? BORDER : { opacity: FADED };
      return { ...item, itemStyle: { ...(item.itemStyle ?? {}), ...style } };
    });
    return { ...s, data };
  });
  return { ...option, series };
}
