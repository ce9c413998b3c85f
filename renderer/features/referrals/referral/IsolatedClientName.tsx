/**
 * A client's name as they write it, then its Latin spelling in brackets, each isolated so
 * an Arabic name and its transliteration keep their own direction and order.
 */
export function IsolatedClientName({ name, nameLatin }: { name: string; nameLatin?: string | undefined }) {
  return (
    <>
      <bdi>{name}</bdi>
      {nameLatin ? (
        <>
          {' ('}
          <bdi>{nameLatin}</bdi>
          {')'}
        </>
      ) : null}
    </>
  );
}
