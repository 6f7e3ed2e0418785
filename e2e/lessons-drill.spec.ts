import { test, expect } from './fixtures';
import { LessonPage } from './pages/lesson';

/**
 * Lesson §4.3, getting the matrix dimensions right, followed as its text says: open Shapes, press
 * Drill, write every shape, press Check, fix the one that gets a hint, press Check again. The answers
 * come from the course's rules, applied here to the network and m read off the page.
 */
test.describe('lesson §4.3: the shapes drill', () => {
  test('every shape from the course’s rules; a transposed W[2] gets its hint, then the status turns green', async ({ page }) => {
    const lesson = new LessonPage(page);
    await lesson.open('dimensions');
    await expect(page.getByTestId('lesson-section')).toHaveText('Course §4.3');
    const tryThis = page.getByTestId('lesson-try');
    await expect(tryThis).toContainText('Open Shapes under Inspect and press Drill.');
    await expect(tryThis).toContainText('Write the shape of every matrix for this network and your');
    await expect(tryThis).toContainText('training points as (rows, columns), then press Check.');
    await expect(tryThis).toContainText('Fix each shape that gets a hint and press Check again, until the status turns green.');

    // "Open Shapes under Inspect and press Drill."
    await page.getByTestId('inspector-bar').getByRole('button', { name: 'Shapes', exact: true }).click();
    const panel = page.getByTestId('shapes-panel');
    await panel.getByRole('button', { name: 'Drill', exact: true }).click();
    await expect(panel.getByTestId('shapes-drill')).toHaveAttribute('aria-pressed', 'true');

    // The network on screen: n[0] active features, the units of each layer in the diagram, and m training points.
    const n0 = await page.locator('[data-testid="feature"][aria-pressed="true"]').count();
    await expect(lesson.layerCount).toHaveText('2 hidden layers');
    const n = [n0];
    for (let l = 1; l <= 3; l++) n.push(await lesson.playground.neuronsOf(l).count());
    const m = await page.locator('[data-testid=point][data-split=train]').count();
    expect(n0).toBe(2);
    expect(n[3]).toBe(1);
    expect(m).toBeGreaterThan(1);

    /** The course's rules, §4.3. */
    const shapeOf = (symbol: string, l: number): [number, number] => {
      switch (symbol) {
        case 'W': case 'dW': return [n[l]!, n[l - 1]!];
        case 'b': case 'db': return [n[l]!, 1];
        case 'Z': case 'A': return [n[l]!, m];
        case 'X': return [n[0]!, m];
        case 'Y': return [1, m];
      }
      throw new Error(`no rule for ${symbol}`);
    };
    const inputs = panel.getByTestId('drill-input');
    await expect(inputs).toHaveCount(6 * 3 + 2);
    const answerOf = async (input: typeof inputs) => {
      const [symbol, layer] = [(await input.getAttribute('data-symbol'))!, Number(await input.getAttribute('data-layer'))];
      return { symbol, layer, shape: shapeOf(symbol, layer) };
    };

    // "Write the shape of every matrix … as (rows, columns), then press Check." One slip: W[2] transposed.
    const w2 = panel.getByRole('textbox', { name: 'shape of W[2]' });
    for (const input of await inputs.all()) {
      const { symbol, layer, shape } = await answerOf(input);
      const [rows, cols] = symbol === 'W' && layer === 2 ? [shape[1], shape[0]] : shape;
      await input.fill(`(${rows}, ${cols})`);
    }
    await expect(w2).toHaveValue(`(${n[1]}, ${n[2]})`);
    await panel.getByRole('button', { name: 'Check', exact: true }).click();
    const status = panel.getByTestId('drill-status');
    await expect(status).toHaveAttribute('data-solved', 'false');
    await expect(status).toHaveText('1 of 20 shapes is not right yet.');
    const hint = panel.getByTestId('drill-hint');
    await expect(hint).toHaveCount(1);
    await expect(hint).toHaveAttribute('data-symbol', 'W');
    await expect(hint).toHaveAttribute('data-layer', '2');
    await expect(hint).toHaveText(`W[2] has one row per unit of layer 2 and one column per unit of layer 1: (n[2], n[1]).`);
    await expect(w2).toHaveAttribute('aria-invalid', 'true');
    await expect(panel.locator('[data-testid=drill-input][data-verdict=right]')).toHaveCount(19);
    await expect(lesson.check).toHaveAttribute('data-passed', 'false');

    // "Fix each shape that gets a hint and press Check again, until the status turns green."
    await w2.fill(`(${n[2]}, ${n[1]})`);
    await panel.getByRole('button', { name: 'Check', exact: true }).click();
    await expect(status).toHaveAttribute('data-solved', 'true');
    await expect(status).toHaveText('✓ All 20 shapes are right.');
    await expect(status).toHaveClass(/bg-emerald-100/);
    await expect(hint).toHaveCount(0);
    await expect(panel.locator('[data-testid=drill-input][data-verdict=right]')).toHaveCount(20);
    await lesson.expectPassed();
  });

  test('another network starts the drill afresh, and a drill solved for it counts', async ({ page }) => {
    const lesson = new LessonPage(page);
    await lesson.open('dimensions', 'zh');
    await page.getByTestId('inspector-bar').getByRole('button', { name: '形状', exact: true }).click();
    const panel = page.getByTestId('shapes-panel');
    await panel.getByRole('button', { name: '练习', exact: true }).click();
    const x = panel.getByRole('textbox', { name: 'X 的维度' });
    await x.fill('2');
    await panel.getByRole('button', { name: '核对', exact: true }).click();
    // Only X has a hint: the blanks left are marked, not explained.
    await expect(panel.getByTestId('drill-hint')).toHaveText('把 X 的维度写成（行数, 列数）：两个整数，样本数可以写作 m。');
    await expect(panel.locator('[data-testid=drill-input][data-verdict=wrong]')).toHaveCount(20);
    await expect(panel.getByTestId('drill-status')).toHaveText('20 个维度中还有 20 个不对。');
    // A unit more in layer 1: the blanks are empty again.
    await page.locator('[data-testid="add-unit"][data-layer="1"]').click();
    await expect(x).toHaveValue('');
    await expect(panel.getByTestId('drill-hint')).toHaveCount(0);
    await expect(panel.getByTestId('drill-status')).toHaveAttribute('data-solved', 'false');
    // The letter m stands for the m examples; the shapes are those of the Shapes table's n column.
    const units = (await panel.getByTestId('shapes-row').locator('td:nth-child(2)').allInnerTexts()).map(Number);
    const n = [2, ...units];
    for (const input of await panel.getByTestId('drill-input').all()) {
      const symbol = (await input.getAttribute('data-symbol'))!;
      const l = Number(await input.getAttribute('data-layer'));
      const answer = { W: [n[l], n[l - 1]], dW: [n[l], n[l - 1]], b: [n[l], 1], db: [n[l], 1], Z: [n[l], 'm'], A: [n[l], 'm'], X: [2, 'm'], Y: [1, 'm'] }[symbol]!;
      await input.fill(`${answer[0]}x${answer[1]}`);
    }
    await panel.getByTestId('drill-input').last().press('Enter');
    await expect(panel.getByTestId('drill-status')).toHaveText('✓ 20 个维度全部正确。');
    await lesson.expectPassed();
  });
});
