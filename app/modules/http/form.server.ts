/**
 * The posted form, or an empty one when the body is not a form at all (a
 * forged JSON post, a broken multipart body). Pages then answer with their
 * usual clear errors, never a 500.
 */
export async function readForm(request: Request): Promise<FormData> {
  try {
    return await request.formData();
  } catch {
    return new FormData();
  }
}
