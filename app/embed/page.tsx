import { EmbedPage } from '@/components/embed/embed-page';

export default function Page() {
  return <EmbedPage />;
}
