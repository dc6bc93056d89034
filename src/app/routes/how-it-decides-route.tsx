import diagram from 'virtual:flow-diagram';
import { HowItDecidesPage } from '../../ui/pages/how-it-decides-page.tsx';

/** The diagram data was built from the flow when the site was built (scripts/vite-plugin-flow-diagram.ts). */
export function HowItDecidesRoute() {
  return <HowItDecidesPage diagram={diagram} />;
}
