// A Server Component: it renders the client component below, which holds the state.
import { Advice } from './advice';

export default function Page() {
  return (
    <main>
      <h1>Clinic page (Next.js App Router)</h1>
      <Advice />
    </main>
  );
}
