import type { DateParts } from '../../../shared/forms/dates';
import { DateInput } from '../../../shared/ui/date-input';
import { TextInput } from '../../../shared/ui/text-input';
import { Textarea } from '../../../shared/ui/textarea';
import { fieldId } from '../draft';
import { useFieldMessages } from '../../../shared/forms/form-messages';

export type FrameworkDetails = {
  reference: string;
  title: string;
  description: string;
  startDate: DateParts;
  endDate: DateParts;
};

type TextField = 'reference' | 'title' | 'description';
type DateField = 'startDate' | 'endDate';

/** Reference, title, description and dates: the new-framework form and the top of the draft editor. */
export function FrameworkDetailsFields({
  values,
  onText,
  onDate,
}: {
  values: FrameworkDetails;
  onText: (field: TextField, value: string) => void;
  onDate: (field: DateField, value: DateParts) => void;
}) {
  const messages = useFieldMessages();
  const text = (field: TextField) => ({
    id: fieldId(field),
    name: field,
    value: values[field],
    error: messages.error(field),
    onChange: (event: { target: { value: string } }) => {
      onText(field, event.target.value);
      messages.edited(field);
    },
    onBlur: () => messages.touch(field),
  });
  const date = (field: DateField) => ({
    id: fieldId(field),
    value: values[field],
    error: messages.error(field),
    onChange: (value: DateParts) => {
      onDate(field, value);
      messages.edited(field);
    },
    onLeave: () => messages.touch(field),
  });
  return (
    <>
      <TextInput
        {...text('reference')}
        label="Reference"
        hint="Letters, digits and hyphens, like CDX-2027-010. No other framework can have the same reference."
        width={20}
        autoComplete="off"
        spellCheck={false}
        autoCapitalize="characters"
      />
      <TextInput {...text('title')} label="Title" autoComplete="off" />
      <Textarea
        {...text('description')}
        label="Description (optional)"
        hint="What the framework is for and who may call off from it."
        rows={5}
      />
      <DateInput
        {...date('startDate')}
        legend="Start date"
        legendSize="s"
        hint="The first day trusts may call off from it. For example, 1 4 2027"
      />
      <DateInput
        {...date('endDate')}
        legend="End date"
        legendSize="s"
        hint="The last day it is in force. For example, 31 3 2031"
      />
    </>
  );
}
