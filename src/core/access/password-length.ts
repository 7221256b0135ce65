/** The shortest password accepted, shared by the server's policy and the web's forms. */
export const MIN_PASSWORD_LENGTH = 10;
