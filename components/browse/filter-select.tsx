/** One choice in a FilterSelect; with a count, a choice that would show nothing is disabled. */
export interface SelectOption {
  value: string;
  label: string;
  count?: number;
}

export const fieldClass =
  "min-h-11 w-full min-w-0 rounded-md border border-line bg-canvas px-3 text-ink";

/**
 * The site's one select, for the quote and finding browsers and the search page: a label above,
 * a first choice for "any", and options that may carry counts ("Workforce (4)").
 */
export function FilterSelect({
  id,
  label,
  value,
  allLabel,
  options,
  onChange,
}: {
  id: string;
  label: string;
  value: string;
  allLabel: string;
  options: readonly SelectOption[];
  onChange: (value: string | undefined) => void;
}) {
  return (
    <div className="flex min-w-0 flex-col gap-1">
      <label htmlFor={id} className="text-sm font-semibold">
        {label}
      </label>
      <select
        id={id}
        value={value}
        onChange={(event) => onChange(event.target.value || undefined)}
        className={fieldClass}
      >
        <option value="">{allLabel}</option>
        {options.map((option) => (
          <option
            key={option.value}
            value={option.value}
            disabled={option.count === 0 && option.value !== value}
          >
            {option.count === undefined ? option.label : `${option.label} (${option.count})`}
          </option>
        ))}
      </select>
    </div>
  );
}

/** The key elements as choices, each with how many items it would show when counts are given. */
export function elementOptions(
  elements: readonly { slug: string; name: string }[],
  counts?: ReadonlyMap<string, number>,
): SelectOption[] {
  return elements.map((e) => ({
    value: e.slug,
    label: e.name,
    ...(counts ? { count: counts.get(e.slug) ?? 0 } : {}),
  }));
}
