// A Server Component: it renders a wrapper directly (wrappers are client components; plain props cross
// the boundary) and the client component below, which holds the state.
import { KneeAdviceCard } from 'knee-advice/react/knee-advice-card';
import { Advice } from './advice';

export default function Page() {
  return (
    <main>
      <h1>Clinic page (Next.js App Router)</h1>
      <Advice />
      <KneeAdviceCard section="flare-up" headingLevel={3} />
    </main>
  );
}
