import { renderToString } from 'react-dom/server';
import { createStaticHandler, createStaticRouter, StaticRouterProvider } from 'react-router';
import { formatPageTitle } from '../../ui/components/use-page-title.ts';
import { AppLayout } from '../../ui/layout/app-layout.tsx';
import { QuestionPage } from '../../ui/pages/question-page.tsx';
import { loadFlow } from '../load-flow.ts';
import { PATHS, questionPath } from '../paths.ts';

/** A page drawn when the site is built: its path, its document title and the HTML of the app's root. */
export type PrerenderedPage = { path: string; title: string; html: string };

/**
 * Renders every question page to HTML at build time
 * (vite-plugins/vite-plugin-prerender-question-pages.ts), so that a page loaded
 * directly (a reload part-way through, or a link) shows its question and the
 * 999 advice at once, before the app's code has loaded. Only what does not
 * depend on the answers: the question, its own hint and its options, none
 * chosen. Back goes to the question before it in the flow; the app then draws
 * the page for the tab's answers (the hints that apply, the answer given, the
 * real Back). The buttons wait for the app (QuestionPage's `prerendered`).
 */
export async function renderQuestionPages(): Promise<PrerenderedPage[]> {
  const flow = loadFlow();
  const pages: PrerenderedPage[] = [];
  for (const [index, question] of flow.questions.entries()) {
    const before = flow.questions[index - 1];
    const page = (
      <QuestionPage
        question={question}
        hint={question.hint}
        value={undefined}
        back={{ to: before ? questionPath(before.id) : PATHS.start }}
        changing={false}
        startAgainPath={PATHS.startAgain}
        prerendered
      />
    );
    const handler = createStaticHandler([
      { path: PATHS.start, Component: AppLayout, children: [{ path: PATHS.question, element: page }] },
    ]);
    const path = questionPath(question.id);
    const context = await handler.query(new Request(`http://localhost${path}`));
    if (context instanceof Response) throw new Error(`${path} redirected while pre-rendering`);
    const router = createStaticRouter(handler.dataRoutes, context);
    pages.push({
      path,
      title: formatPageTitle(question.title),
      html: renderToString(<StaticRouterProvider router={router} context={context} hydrate={false} />),
    });
  }
  return pages;
}
