'use client';

import { useRef } from 'react';

export interface FileButtonProps {
  label: string;
  accept: string;
  buttonTestId: string;
  inputTestId: string;
  onFile(file: File): void;
}

/** A button that opens the file picker; the input it clicks is hidden but labelled, and forgets the file so the same one can be chosen again. */
export function FileButton({ label, accept, buttonTestId, inputTestId, onFile }: FileButtonProps) {
  const inputRef = useRef<HTMLInputElement>(null);
  return (
    <>
      <button type="button" className="btn" data-testid={buttonTestId} onClick={() => inputRef.current?.click()}>{label}</button>
      <input
        ref={inputRef}
        type="file"
        accept={accept}
        className="sr-only"
        data-testid={inputTestId}
        aria-label={label}
        onChange={(e) => {
          const file = e.target.files?.[0];
          e.target.value = '';
          if (file) onFile(file);
        }}
      />
    </>
  );
}
