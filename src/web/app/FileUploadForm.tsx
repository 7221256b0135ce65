import { Button, FileInput, Group } from '@mantine/core';

/** A file picker and its submit button: the upload forms of the map and framework pages. */
export function FileUploadForm(props: {
  label: string;
  placeholder: string;
  accept: string;
  submitLabel: string;
  file: File | null;
  /** Called with the new choice (null when cleared); callers clear the last result here. */
  onFileChange: (file: File | null) => void;
  busy: boolean;
  onUpload: (file: File) => void;
}) {
  return (
    <form
      onSubmit={(event) => {
        event.preventDefault();
        if (props.file) props.onUpload(props.file);
      }}
    >
      <Group align="flex-end" gap="sm">
        <FileInput
          label={props.label}
          placeholder={props.placeholder}
          accept={props.accept}
          value={props.file}
          onChange={props.onFileChange}
          clearable
          w={{ base: '100%', xs: 320 }}
        />
        <Button type="submit" disabled={!props.file} loading={props.busy}>
          {props.submitLabel}
        </Button>
      </Group>
    </form>
  );
}
