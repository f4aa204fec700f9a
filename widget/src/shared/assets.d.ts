/** Stylesheets are bundled as text and adopted into the widget's shadow root. */
declare module '*.css' {
  const text: string;
  export default text;
}
