"use client";

import { useEffect, useId, useRef, useState, type KeyboardEvent } from "react";
import { countOf } from "@/lib/text/count";
import { controlClass, FieldShell } from "./field";

export type ComboboxOption = { value: string; label: string; detail?: string };

type Props = {
  label: string;
  placeholder?: string;
  error?: string;
  /** The option chosen to begin with; null for none. */
  initial: ComboboxOption | null;
  onSelect: (option: ComboboxOption | null) => void;
  /** Options for the typed text; throws when they cannot be loaded. */
  search: (text: string, signal: AbortSignal) => Promise<ComboboxOption[]>;
  noun: { one: string; many: string };
};

type Results = { state: "loading" } | { state: "failed" } | { state: "done"; options: ComboboxOption[] };

const DEBOUNCE_MS = 150;

/** How a chosen option reads in the field: its label, and its detail in parentheses. */
const fieldText = (option: ComboboxOption) => (option.detail ? `${option.label} (${option.detail})` : option.label);

/**
 * A text field that searches as you type and offers what it finds in a listbox (the WAI-ARIA
 * combobox pattern): arrows move, Enter picks, Escape closes. Leaving the field without picking
 * restores the chosen option's text; emptying it chooses none.
 */
export function Combobox({ label, placeholder, error, initial, onSelect, search, noun }: Props) {
  const listId = useId();
  const [chosen, setChosen] = useState(initial);
  const [text, setText] = useState(initial ? fieldText(initial) : "");
  const [open, setOpen] = useState(false);
  const [results, setResults] = useState<Results>({ state: "loading" });
  const [active, setActive] = useState(-1);
  const pending = useRef<{ timer: ReturnType<typeof setTimeout>; controller: AbortController } | null>(null);

  const cancelSearch = () => {
    if (!pending.current) return;
    clearTimeout(pending.current.timer);
    pending.current.controller.abort();
    pending.current = null;
  };
  useEffect(() => cancelSearch, []);

  /** Shows the options for `query` once typing pauses; a newer search cancels an older one. */
  const searchFor = (query: string) => {
    cancelSearch();
    setOpen(true);
    setResults({ state: "loading" });
    const controller = new AbortController();
    const timer = setTimeout(() => {
      search(query, controller.signal).then(
        (options) => {
          setResults({ state: "done", options });
          setActive(-1);
        },
        () => controller.signal.aborted || setResults({ state: "failed" }),
      );
    }, DEBOUNCE_MS);
    pending.current = { timer, controller };
  };

  const options = results.state === "done" ? results.options : [];
  const expanded = open && options.length > 0;
  // Focusing a field that shows the chosen option lists everything, not just that option.
  const showsChosen = chosen !== null && text === fieldText(chosen);
  const optionId = (i: number) => `${listId}-option-${i}`;

  const choose = (option: ComboboxOption | null) => {
    cancelSearch();
    setChosen(option);
    setText(option ? fieldText(option) : "");
    setOpen(false);
    onSelect(option);
  };

  const close = () => {
    cancelSearch();
    setOpen(false);
    if (text.trim() === "") choose(null);
    else setText(chosen ? fieldText(chosen) : "");
  };

  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key === "ArrowDown" || event.key === "ArrowUp") {
      event.preventDefault();
      if (!open) return searchFor(showsChosen ? "" : text.trim());
      if (options.length === 0) return;
      const step = event.key === "ArrowDown" ? 1 : -1;
      setActive((i) => (i + step + options.length) % options.length);
    } else if (event.key === "Enter" && expanded && options[active]) {
      event.preventDefault(); // picking an option must not submit the form
      choose(options[active]);
    } else if (event.key === "Escape" && open) {
      event.preventDefault();
      close();
    }
  };

  const status =
    results.state === "loading" ? "Searching…" : results.state === "failed" ? `Could not load ${noun.many}. Try again.` : options.length === 0 ? `No ${noun.many} match.` : null;

  return (
    <FieldShell label={label} error={error}>
      {({ id, describedBy }) => (
        <div className="relative">
          <input
            id={id}
            type="text"
            role="combobox"
            autoComplete="off"
            aria-autocomplete="list"
            aria-expanded={expanded}
            aria-controls={listId}
            aria-activedescendant={expanded && options[active] ? optionId(active) : undefined}
            aria-invalid={error ? true : undefined}
            aria-describedby={describedBy}
            placeholder={placeholder}
            value={text}
            onChange={(event) => {
              setText(event.target.value);
              searchFor(event.target.value.trim());
            }}
            onFocus={() => searchFor(showsChosen ? "" : text.trim())}
            onBlur={close}
            onKeyDown={onKeyDown}
            className={controlClass(error)}
          />
          {open && (
            <div className="absolute z-20 mt-1 w-full rounded-md border border-zinc-200 bg-white py-1 text-sm shadow-lg">
              {expanded && (
                <ul id={listId} role="listbox" aria-label={label} className="max-h-72 overflow-auto">
                  {options.map((option, i) => (
                    <li
                      key={option.value}
                      id={optionId(i)}
                      role="option"
                      aria-selected={i === active}
                      // Keeps the focus in the field, so its blur does not close the list before the click lands.
                      onMouseDown={(event) => event.preventDefault()}
                      onClick={() => choose(option)}
                      onMouseEnter={() => setActive(i)}
                      className={`cursor-pointer px-3 py-2 ${i === active ? "bg-zinc-100" : ""}`}
                    >
                      <span className="block font-medium text-zinc-900">{option.label}</span>
                      {option.detail && <span className="block text-xs text-zinc-600">{option.detail}</span>}
                    </li>
                  ))}
                </ul>
              )}
              {status && <p className="px-3 py-2 text-zinc-600">{status}</p>}
            </div>
          )}
          <p className="sr-only" aria-live="polite">
            {open && results.state === "done" ? countOf(options.length, noun.one, noun.many) : ""}
          </p>
        </div>
      )}
    </FieldShell>
  );
}
