import { PlaygroundPage } from '@/components/playground/playground-page';

export default function Page() {
  return <PlaygroundPage />;
}
