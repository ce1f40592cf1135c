/** The options of a select that picks a person: one per person, by name, valued by id. */
export function PersonOptions({ people }: { people: readonly { id: string; name: string }[] }) {
  return (
    <>
      {people.map((person) => (
        <option key={person.id} value={person.id}>
          {person.name}
        </option>
      ))}
    </>
  );
}
