// A table's plain column headings: one <tr> of <th scope="col">, for tables that do not sort.
export function HeadRow({ columns }: { readonly columns: readonly string[] }) {
  return (
    <tr>
      {columns.map((c) => (
        <th key={c} scope="col">
          {c}
        </th>
      ))}
    </tr>
  );
}
