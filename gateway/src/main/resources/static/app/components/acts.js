// One act of a form posted to a service: its buttons held while the answer is awaited, a notice when done, the
// refusal beside the form's fields otherwise (the 签收 and 收文 screens, where every step is one POST).
import { api } from '../api.js';
import { notify } from './ui.js';
import { showRefusal } from './review-actions.js';

export async function postAct(form, general, path, body, done, onDone) {
  const buttons = [...form.querySelectorAll('button')];
  buttons.forEach((b) => { b.disabled = true; });
  try {
    await api.post(path, body);
    notify(done);
    onDone();
  } catch (e) {
    showRefusal(form, general, e);
  } finally {
    buttons.forEach((b) => { b.disabled = false; });
  }
}
