/** Email providers anyone can get an address at: a link listed for one would be shown to strangers. */
const PUBLIC_EMAIL_DOMAINS = new Set(
  "gmail.com googlemail.com outlook.com hotmail.com live.com msn.com yahoo.com ymail.com icloud.com me.com mac.com aol.com proton.me protonmail.com pm.me gmx.com gmx.de gmx.net web.de mail.com yandex.com yandex.ru mail.ru qq.com 163.com 126.com zoho.com fastmail.com hey.com tutanota.com duck.com".split(
    " ",
  ),
);

export function isPublicEmailDomain(domain: string): boolean {
  return PUBLIC_EMAIL_DOMAINS.has(domain);
}
